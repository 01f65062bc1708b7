package com.trackingintegration.batch.reconcile;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** VTEX OMS for the reconcile job tests: what List orders gives for the window, and each order as Get order gives it. */
final class OmsOrders {

    private static final DateTimeFormatter VTEX_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'+00:00'").withZone(ZoneOffset.UTC);

    private OmsOrders() {
    }

    /**
     * One order of one line ({@code 2 x BIGBML}), invoiced at {@code invoicedAt} (VTEX's seven decimals), with its invoices
     * ("number:type", each covering the whole line, or "number:type:quantity", covering that many of it). Its invoiceUrl is the DANFE's PDF: no NF-e XML is fetched.
     *
     * @param street where it goes: another street is a changed address (another fingerprint)
     */
    record Order(String id, String status, String street, List<String> invoices, Instant invoicedAt) {

        String json() {
            String packages = invoices.stream().map(spec -> {
                String[] p = spec.split(":");
                return String.format(Locale.ROOT, "{\"items\":[{\"itemIndex\":0,\"quantity\":%s}],\"courier\":\"Motoboy\",\"invoiceNumber\":\"%s\","
                        + "\"invoiceValue\":1015,\"invoiceUrl\":\"https://erp.example.com/danfe/%s.pdf\",\"issuanceDate\":\"2026-11-26T10:10:20+00:00\","
                        + "\"invoiceKey\":\"\",\"type\":\"%s\",\"volumes\":1}", p.length > 2 ? p[2] : "2", p[0], p[0], p[1]);
            }).collect(Collectors.joining(","));
            return "{\"orderId\":\"" + id + "\",\"status\":\"" + status + "\",\"invoicedDate\":\"" + VTEX_DATE.format(invoicedAt) + "\","
                    + "\"items\":[{\"id\":\"2000001\",\"refId\":\"BIGBML\",\"name\":\"Bay Max L\",\"quantity\":2}],"
                    + "\"clientProfileData\":{\"email\":\"c@example.com\",\"firstName\":\"Ana\",\"lastName\":\"Silva\","
                    + "\"documentType\":\"cpf\",\"document\":\"12345678909\",\"phone\":\"+5521999999999\",\"isCorporate\":false},"
                    + "\"shippingData\":{\"address\":{\"addressType\":\"residential\",\"receiverName\":\"Ana Silva\",\"postalCode\":\"22250-040\","
                    + "\"city\":\"Rio de Janeiro\",\"state\":\"RJ\",\"country\":\"BRA\",\"street\":\"" + street + "\","
                    + "\"number\":\"1\",\"neighborhood\":\"Botafogo\",\"complement\":\"\"},"
                    + "\"logisticsInfo\":[{\"itemIndex\":0,\"selectedSla\":\"Normal\",\"selectedDeliveryChannel\":\"delivery\"}]},"
                    + "\"packageAttachment\":{\"packages\":[" + packages + "]}}";
        }

        Order withStatus(String status) {
            return new Order(id, status, street, invoices, invoicedAt);
        }

        Order withStreet(String street) {
            return new Order(id, status, street, invoices, invoicedAt);
        }

        Order withInvoices(String... others) {
            return new Order(id, status, street, List.of(others), invoicedAt);
        }
    }

    static Order invoiced(String id, String... invoices) {
        return new Order(id, "invoiced", "Rua A", List.of(invoices), ReconcileJobTest.INVOICED);
    }

    /** List orders gives these ids (one page); Get order answers each of {@code known}, listed or not. */
    static void stub(WireMockExtension server, List<String> listed, List<Order> known) {
        String list = listed.stream().map(id -> "{\"orderId\":\"" + id + "\"}").collect(Collectors.joining(","));
        server.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders")).willReturn(okJson("{\"list\":[" + list + "],\"facets\":[],"
                + "\"paging\":{\"total\":" + listed.size() + ",\"pages\":1,\"currentPage\":1,\"perPage\":100},\"stats\":{}}")));
        for (Order order : known) {
            server.stubFor(get("/api/oms/pvt/orders/" + order.id()).willReturn(okJson(order.json())));
        }
    }

    static void stub(WireMockExtension server, List<Order> listedAndKnown) {
        stub(server, listedAndKnown.stream().map(Order::id).toList(), listedAndKnown);
    }
}
