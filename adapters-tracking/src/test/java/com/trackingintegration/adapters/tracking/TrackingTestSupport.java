package com.trackingintegration.adapters.tracking;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.domain.delivery.DeliveryDetails;
import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.Scheduling;
import com.trackingintegration.domain.integration.OrderIntegration;
import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.route.RouteAssignment;
import com.trackingintegration.domain.settings.IntegrationSettings;
import com.trackingintegration.domain.settings.Routing;
import com.trackingintegration.http.HttpSettings;
import com.trackingintegration.http.VtexContracts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;

/** What the Tracking adapter tests share: settings against WireMock, the spec's examples, delivery requests. */
final class TrackingTestSupport {

    static final String USER = "loja-demo";
    static final String PASSWORD = "p4ssw0rd-that-must-never-be-logged";
    static final String TOKEN = "tok-32985745-must-never-be-logged";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private TrackingTestSupport() {
    }

    static TrackingSettings settings(WireMockExtension server, int maxBatchSize, int pageSize) {
        HttpSettings http = new HttpSettings("VTEX Tracking", URI.create(server.baseUrl() + "/receiver"), Duration.ofSeconds(2),
                Duration.ofSeconds(2), 3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5));
        return new TrackingSettings(USER, PASSWORD, maxBatchSize, pageSize, TrackingSettings.VTEX_QUERY_INTERVAL, http);
    }

    static JsonNode spec() {
        try {
            return JSON.readTree(Files.readString(VtexContracts.spec(VtexContracts.TRACKING)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec's example answer of {@code POST /auth}, with our token and an expiration a month from {@code now}. */
    static String authReply(String token, Instant now) {
        ObjectNode example = (ObjectNode) spec().at("/paths/~1auth/post/responses/200/content/application~1json/example").deepCopy();
        example.put("accessToken", token);
        example.put("expiration", now.plus(Duration.ofDays(30)).toString());
        return example.toString();
    }

    /** The spec's example delivery service of {@code GET /services}, made into the one given. */
    static ObjectNode serviceExample(long id, String invoice, String orderNumber, String status) {
        ObjectNode example = (ObjectNode) spec().at("/paths/~1services/get/responses/200/content/application~1json/example/data/0").deepCopy();
        example.put("idDeliveryService", id);
        example.put("invoiceOrderOfService", invoice);
        example.put("orderNumber", orderNumber);
        ((ObjectNode) example.get("deliveryServiceStatus")).put("description", status);
        return example;
    }

    static String page(int page, int pageSize, List<ObjectNode> services) {
        ObjectNode body = JSON.createObjectNode();
        body.put("page", page);
        body.put("pageSize", pageSize);
        body.put("totalCount", services.size());
        body.putArray("data").addAll(services);
        return body.toString();
    }

    static DeliveryServiceRequest unrouted(String invoice) {
        Order order = anInvoicedOrder().withId("ORD-" + invoice).withInvoice(anOutputInvoice(invoice)).build();
        return new OrderIntegration(IntegrationSettings.defaults()).decide(order, List.of()).toSend().get(0);
    }

    static DeliveryServiceRequest routed(String invoice, String driver) {
        Order order = anInvoicedOrder().withId("ORD-" + invoice).withInvoice(anOutputInvoice(invoice)).build();
        RouteAssignment route = new RouteAssignment(order.orderId(), invoice, LocalDate.of(2026, 11, 21), driver,
                Optional.of("XPT-0123"), "Caminhão", Optional.of(new RouteAssignment.RouteStart("Rua do Depósito", "10",
                "Rio de Janeiro", "20000-000", "RJ")));
        IntegrationSettings external = new IntegrationSettings(false, false, Routing.EXTERNAL, Set.of());
        return new OrderIntegration(external).decide(order, List.of(route)).toSend().get(0);
    }

    /** The request of {@link #unrouted}, with every detail a delivery service carries: a scheduled afternoon, CNPJs, the packing list. */
    static DeliveryServiceRequest detailed(String invoice) {
        return withDetails(unrouted(invoice));
    }

    /** The request of {@link #routed}, with every detail. */
    static DeliveryServiceRequest detailedRouted(String invoice, String driver) {
        return withDetails(routed(invoice, driver));
    }

    private static DeliveryServiceRequest withDetails(DeliveryServiceRequest request) {
        DeliveryService s = request.service();
        DeliveryDetails details = new DeliveryDetails(
                Optional.of(new Scheduling(OffsetDateTime.parse("2026-12-02T15:00:00Z"), false, true, false)),
                "2 x BIGBML; 1 x 7060874", "Camiseta Azul GG (BIGBML) x 2; Caneca (7060874) x 1; volumes: 2; gross weight: 1.250 kg",
                "Loja Exemplo", Optional.of(Cnpj.parse("11.222.333/0001-81")), Optional.of(Cnpj.parse("05.314.972/0001-74")),
                Optional.of(OffsetDateTime.parse("2026-11-30T14:25:00-03:00")));
        return new DeliveryServiceRequest(new DeliveryService(s.type(), s.recipient(), s.invoiceNumber(), s.invoiceSeries(),
                s.orderNumber(), s.location(), details), request.route());
    }
}
