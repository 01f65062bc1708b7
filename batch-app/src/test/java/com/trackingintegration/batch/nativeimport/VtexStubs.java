package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/** VTEX OMS and VTEX Tracking as WireMock stubs for the job tests: the shapes of VTEX's specs, trimmed to what matters. */
public final class VtexStubs {

    private VtexStubs() {
    }

    /** What Get order answers for one order id. */
    public interface StubbedOrder {
        String id();

        String json();
    }

    /**
     * One OMS order: its status, its invoices ("number:type:courier"), and whether its street is there. Its
     * invoiceUrl is the DANFE's PDF, no NF-e XML, so nothing is fetched from a host these tests do not serve
     * ({@link NfeStubs} has orders whose NF-e XML is served).
     */
    public record OmsOrder(String id, String status, List<String> invoices, boolean withStreet) implements StubbedOrder {

        @Override
        public String json() {
            String packages = invoices.stream().map(spec -> {
                String[] p = spec.split(":");
                return String.format(Locale.ROOT, "{\"courier\":\"%s\",\"invoiceNumber\":\"%s\",\"invoiceValue\":1015,"
                        + "\"invoiceUrl\":\"https://erp.example.com/danfe/%s.pdf\",\"issuanceDate\":\"2026-11-26T10:10:20+00:00\","
                        + "\"invoiceKey\":\"\",\"type\":\"%s\",\"volumes\":1}", p[2], p[0], p[0], p[1]);
            }).collect(Collectors.joining(","));
            return "{\"orderId\":\"" + id + "\",\"status\":\"" + status + "\","
                    + "\"clientProfileData\":{\"email\":\"c@example.com\",\"firstName\":\"Ana\",\"lastName\":\"Silva\","
                    + "\"documentType\":\"cpf\",\"document\":\"12345678909\",\"phone\":\"+5521999999999\",\"isCorporate\":false},"
                    + "\"shippingData\":{\"address\":{\"addressType\":\"residential\",\"receiverName\":\"Ana Silva\",\"postalCode\":\"22250-040\","
                    + "\"city\":\"Rio de Janeiro\",\"state\":\"RJ\",\"country\":\"BRA\",\"street\":\"" + (withStreet ? "Rua A" : "") + "\","
                    + "\"number\":\"1\",\"neighborhood\":\"Botafogo\",\"complement\":\"\"},"
                    + "\"logisticsInfo\":[{\"selectedSla\":\"Normal\",\"deliveryChannel\":\"delivery\"}]},"
                    + "\"packageAttachment\":{\"packages\":[" + packages + "]}}";
        }
    }

    public static void oms(WireMockExtension server, List<? extends StubbedOrder> orders) {
        String list = orders.stream().map(o -> "{\"orderId\":\"" + o.id() + "\"}").collect(Collectors.joining(","));
        server.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders")).willReturn(okJson("{\"list\":[" + list + "],\"facets\":[],"
                + "\"paging\":{\"total\":" + orders.size() + ",\"pages\":1,\"currentPage\":1,\"perPage\":100},\"stats\":{}}")));
        for (StubbedOrder order : orders) {
            server.stubFor(get("/api/oms/pvt/orders/" + order.id()).willReturn(okJson(order.json())));
        }
    }

    public static void tracking(WireMockExtension server) {
        String expiration = Instant.now().plus(30, ChronoUnit.DAYS).toString();
        server.stubFor(post("/receiver/auth").willReturn(okJson("{\"authenticated\":true,\"expiration\":\"" + expiration
                + "\",\"accessToken\":\"tok\",\"message\":\"Authenticated\"}")));
        server.stubFor(post("/receiver/services").willReturn(ok()));
        server.stubFor(post("/receiver/services/routes").willReturn(ok()));
    }

    /**
     * An OMS and a VTEX Tracking that take every step of every external order ({@code TRK-...}): the credential checks
     * pass, none of them exists yet, each is placed, authorized, started and invoiced, and Tracking takes its service.
     */
    public static void externalOrdersTakeEveryStep(WireMockExtension vtex) {
        vtex.stubFor(get(urlEqualTo("/api/oms/pvt/orders?per_page=1")).willReturn(okJson("{\"list\":[],\"facets\":[],\"paging\":{},\"stats\":{}}")));
        vtex.stubFor(post("/receiver/auth").willReturn(okJson("{\"authenticated\":true,\"expiration\":\""
                + Instant.now().plus(30, ChronoUnit.DAYS) + "\",\"accessToken\":\"tok\"}")));
        vtex.stubFor(post("/receiver/services").willReturn(ok()));
        vtex.stubFor(get(urlPathMatching("/api/oms/pvt/orders/TRK-.*")).willReturn(notFound()));
        vtex.stubFor(post(urlPathEqualTo("/api/fulfillment/pvt/orders")).willReturn(okJson("{\"status\":\"success\"}")));
        vtex.stubFor(post(urlPathMatching("/api/fulfillment/pvt/orders/TRK-.*/fulfill")).willReturn(okJson("{}").withStatus(201)));
        vtex.stubFor(post(urlPathMatching("/api/oms/pvt/orders/TRK-.*/start-handling")).willReturn(aResponse().withStatus(204)));
        vtex.stubFor(post(urlPathMatching("/api/oms/pvt/orders/TRK-.*/invoice")).willReturn(okJson("{\"receipt\":\"r\"}")));
    }
}
