package com.trackingintegration.demo;

import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.Order;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** What the simulated OMS's Get order answers for an order of the demo's catalog. */
final class SimulatedOrderJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SimulatedOrderJson() {
    }

    /**
     * The Get order answer for an order, in the shape of VTEX's Orders API: its items, one logistics entry per item
     * with its delivery window (null when none was scheduled), the seller, and per invoice its lines, access key and
     * embedded NF-e XML.
     */
    static String of(Order order, Instant invoiced) {
        ObjectNode json = JSON.createObjectNode();
        json.put("orderId", order.orderId()).put("status", order.status().code()).put("invoicedDate", invoiced.toString())
                .put("merchantName", "lojademo");
        json.putArray("sellers").addObject().put("id", "1").put("name", order.sender());
        var c = order.customer();
        ObjectNode profile = json.putObject("clientProfileData").put("email", c.email()).put("firstName", c.firstName())
                .put("lastName", c.lastName()).put("documentType", c.documentType().name().toLowerCase()).put("document", c.document())
                .put("phone", c.phone()).put("isCorporate", c.company().isPresent());
        c.company().ifPresent(company -> profile.put("corporateName", company.name()).put("corporateDocument", company.cnpj()));
        ArrayNode items = json.putArray("items");
        order.items().forEach(item -> {
            ObjectNode line = items.addObject().put("uniqueId", order.orderId() + "-" + item.index()).put("id", item.skuId())
                    .put("productId", item.skuId()).put("name", item.name()).put("quantity", item.quantity()).put("seller", "1").put("price", 1000);
            if (!item.refId().isEmpty()) {
                line.put("refId", item.refId());
            }
        });
        ObjectNode shipping = json.putObject("shippingData");
        order.address().ifPresent(a -> shipping.putObject("address").put("addressType", a.addressType()).put("receiverName", a.receiverName())
                .put("postalCode", a.postalCode()).put("city", a.city()).put("state", a.state()).put("country", a.country())
                .put("street", a.street()).put("number", a.number()).put("neighborhood", a.neighborhood()).put("complement", a.complement()));
        ArrayNode logistics = shipping.putArray("logisticsInfo");
        String channel = order.deliveryChannels().stream().anyMatch(ch -> ch.name().equals("PICKUP_IN_POINT")) ? "pickup-in-point" : "delivery";
        order.items().forEach(item -> {
            ObjectNode info = logistics.addObject().put("itemIndex", item.index()).put("selectedSla", "Normal")
                    .put("selectedDeliveryChannel", channel);
            item.window().ifPresentOrElse(window -> info.putObject("deliveryWindow").put("startDateUtc", utc(window.start()))
                    .put("endDateUtc", utc(window.end())).put("price", 0).put("lisPrice", 0).put("tax", 0), () -> info.putNull("deliveryWindow"));
        });
        ArrayNode packages = json.putObject("packageAttachment").putArray("packages");
        for (Invoice invoice : order.invoices()) {
            ObjectNode pack = packages.addObject();
            ArrayNode lines = pack.putArray("items");
            invoice.items().forEach(line -> lines.addObject().put("itemIndex", line.itemIndex()).put("quantity", line.quantity()).put("price", 1000));
            pack.put("courier", invoice.courier()).put("invoiceNumber", invoice.number()).put("invoiceValue", invoice.valueInCents())
                    .put("invoiceUrl", invoice.url()).put("issuanceDate", invoice.issuanceDate().map(Object::toString).orElse(null))
                    .put("invoiceKey", invoice.key()).put("type", invoice.isSale() ? "Output" : "Input").put("volumes", invoice.volumes());
            if (invoice.embeddedInvoice()) {
                pack.put("embeddedInvoice", DemoCatalog.nfeXml(order, invoice));
            }
        }
        return json.toString();
    }

    /** VTEX writes a delivery window's ends in UTC, with the offset spelled out ({@code 2026-11-21T11:00:00+00:00}). */
    private static String utc(java.time.OffsetDateTime time) {
        return time.withOffsetSameInstant(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx"));
    }
}
