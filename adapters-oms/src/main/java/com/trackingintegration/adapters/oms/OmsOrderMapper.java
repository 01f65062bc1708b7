package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DeliveryChannel;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.nfe.NfeReading;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.InvoiceItem;
import com.trackingintegration.domain.order.InvoiceType;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.OrderStatus;
import com.trackingintegration.domain.order.ShippingAddress;
import com.trackingintegration.domain.order.Text;
import com.trackingintegration.domain.report.PersonalData;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads VTEX's Get order JSON into the domain's {@link Order}. */
final class OmsOrderMapper {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    Order fromJson(String body) {
        return read(body).order();
    }

    /** The order, with its invoices' XML text beside it for the NF-e reading. */
    OmsOrder read(String body) {
        OmsOrderJson order;
        try {
            order = json.readValue(body, OmsOrderJson.class);
        } catch (JacksonException e) {
            // Jackson quotes the token it stopped at, which can be the customer's name: the report shows the rest.
            throw new IllegalArgumentException("Get order answered JSON that is not an order: " + PersonalData.withoutQuotedText(e.getOriginalMessage()), e);
        }
        if (order == null || Text.isBlank(order.orderId())) {
            throw new IllegalArgumentException("Get order answered without an orderId");
        }
        return new OmsOrder(toOrder(order), packages(order).stream().map(p -> Text.orEmpty(p.embeddedInvoice())).toList());
    }

    Order toOrder(OmsOrderJson order) {
        OmsOrderJson.ShippingData shipping = order.shippingData();
        return new Order(order.orderId(), OrderStatus.of(order.status()), customer(order.clientProfileData()),
                Optional.ofNullable(shipping).map(OmsOrderJson.ShippingData::address).map(OmsOrderMapper::address),
                channels(shipping), invoices(order), OmsOrderLines.of(order), sender(order),
                OmsReconcileFields.invoicedAt(order.invoicedDate()));
    }

    /** The seller ships the goods; a store selling its own has no seller but itself, named by {@code merchantName}. */
    private static String sender(OmsOrderJson order) {
        return Optional.ofNullable(order.sellers()).flatMap(sellers -> sellers.stream().findFirst())
                .map(OmsOrderJson.Seller::name).filter(name -> !Text.isBlank(name))
                .orElse(order.merchantName());
    }

    private static Customer customer(OmsOrderJson.ClientProfile profile) {
        if (profile == null) {
            return new Customer("", "", "", "", DocumentType.OTHER, "", Optional.empty());
        }
        Optional<Customer.Company> company = Boolean.TRUE.equals(profile.isCorporate())
                ? Optional.of(new Customer.Company(profile.corporateName(), profile.corporateDocument()))
                : Optional.empty();
        return new Customer(profile.firstName(), profile.lastName(), profile.email(), profile.phone(),
                DocumentType.parse(profile.documentType()), profile.document(), company);
    }

    private static ShippingAddress address(OmsOrderJson.Address a) {
        return new ShippingAddress(a.addressType(), a.receiverName(), a.street(), a.number(), a.complement(),
                a.neighborhood(), a.city(), a.state(), a.postalCode(), a.country(), location(a.geoCoordinates()));
    }

    /** VTEX writes {@code geoCoordinates} as [longitude, latitude]. */
    private static Optional<ShippingAddress.GeoPoint> location(List<Double> coordinates) {
        if (coordinates == null || coordinates.size() != 2 || coordinates.contains(null)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ShippingAddress.GeoPoint(coordinates.get(1), coordinates.get(0)));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    private static Set<DeliveryChannel> channels(OmsOrderJson.ShippingData shipping) {
        if (shipping == null || shipping.logisticsInfo() == null) {
            return Set.of();
        }
        return shipping.logisticsInfo().stream().filter(Objects::nonNull).map(OmsOrderMapper::channel)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static DeliveryChannel channel(OmsOrderJson.LogisticsInfo info) {
        String channel = Optional.ofNullable(info.selectedDeliveryChannel()).or(() -> Optional.ofNullable(info.deliveryChannel()))
                .orElseGet(() -> selectedSlaChannel(info));
        return DeliveryChannel.parse(channel);
    }

    private static String selectedSlaChannel(OmsOrderJson.LogisticsInfo info) {
        if (info.slas() == null) {
            return null;
        }
        return info.slas().stream().filter(sla -> sla != null && Objects.equals(sla.id(), info.selectedSla()))
                .map(OmsOrderJson.Sla::deliveryChannel).findFirst().orElse(null);
    }

    private static List<OmsOrderJson.Package> packages(OmsOrderJson order) {
        if (order.packageAttachment() == null || order.packageAttachment().packages() == null) {
            return List.of();
        }
        return order.packageAttachment().packages().stream().filter(Objects::nonNull).toList();
    }

    private static List<Invoice> invoices(OmsOrderJson order) {
        return packages(order).stream().map(p -> invoice(order.orderId(), p)).collect(Collectors.toList());
    }

    private static Invoice invoice(String orderId, OmsOrderJson.Package p) {
        InvoiceType type;
        try {
            type = InvoiceType.parse(p.type());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("order " + orderId + ", invoice " + p.invoiceNumber() + ": " + e.getMessage(), e);
        }
        return new Invoice(p.invoiceNumber(), Optional.empty(), p.invoiceKey(), p.invoiceUrl(), !Text.isBlank(p.embeddedInvoice()),
                type, issuanceDate(orderId, p), p.invoiceValue() == null ? 0 : p.invoiceValue(),
                p.volumes() == null ? 0 : p.volumes(), p.courier(), p.trackingNumber(), p.trackingUrl(), invoiceItems(orderId, p),
                NfeReading.NOT_CARRIED, OmsReconcileFields.restitutions(p.restitutions()));
    }

    /** {@code packages[].items[]}: which order item ({@code itemIndex}) and how many of it went in this package. */
    private static List<InvoiceItem> invoiceItems(String orderId, OmsOrderJson.Package p) {
        if (p.items() == null) {
            return List.of();
        }
        List<InvoiceItem> items = new ArrayList<>();
        for (OmsOrderJson.PackageItem item : p.items()) {
            if (item == null) {
                continue;
            }
            if (item.itemIndex() == null || item.itemIndex() < 0) {
                throw new IllegalArgumentException("order " + orderId + ", invoice " + p.invoiceNumber()
                        + ": packages[].items[].itemIndex must be an item's index, was " + item.itemIndex());
            }
            items.add(new InvoiceItem(item.itemIndex(), item.quantity() == null ? 0 : item.quantity()));
        }
        return items;
    }

    private static Optional<OffsetDateTime> issuanceDate(String orderId, OmsOrderJson.Package p) {
        if (Text.isBlank(p.issuanceDate())) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(p.issuanceDate().strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("order " + orderId + ", invoice " + p.invoiceNumber()
                    + ": issuanceDate '" + p.issuanceDate() + "' is not an ISO-8601 date-time", e);
        }
    }
}
