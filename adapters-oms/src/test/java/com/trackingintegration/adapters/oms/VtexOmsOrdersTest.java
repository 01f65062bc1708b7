package com.trackingintegration.adapters.oms;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.Restitution;
import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.domain.port.AccessDeniedException;
import com.trackingintegration.http.HttpSettings;
import com.trackingintegration.domain.port.SystemUnavailableException;
import com.trackingintegration.http.RetryingHttpClient;
import com.trackingintegration.http.SideBySide;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class VtexOmsOrdersTest extends OmsWireMockTest {

    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    private static final TimeWindow DAY = new TimeWindow(Instant.parse("2026-11-26T00:00:00Z"), Instant.parse("2026-11-27T00:00:00Z"));

    private final VtexOmsOrders orders = new VtexOmsOrders(settings(4), Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void close() {
        orders.close();
    }

    private static void stubList() {
        // The answers are made from the spec's example: read it here, so a missing spec skips the test, not WireMock's thread.
        OmsExamples.ordersApi();
        server.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders")).willReturn(aResponse().withTransformers(InvoicedOrdersTransformer.NAME)));
    }

    private static String id(int n) {
        return String.format("%013d-01", 1_100_000_000_000L + n);
    }

    @Test
    void lists_the_invoiced_orders_of_a_window_page_by_page_with_the_documented_filter() {
        List<InvoicedOrdersTransformer.Invoiced> population = IntStream.range(0, 150)
                .mapToObj(n -> new InvoicedOrdersTransformer.Invoiced(id(n), DAY.from().plusSeconds(n * 60L))).toList();
        InvoicedOrdersTransformer.serve(population);
        stubList();

        List<String> ids = orders.invoicedIn(DAY).toList();

        assertThat(ids).hasSize(150).doesNotHaveDuplicates();
        server.verify(getRequestedFor(urlPathEqualTo("/api/oms/pvt/orders"))
                .withQueryParam("f_status", equalTo("invoiced"))
                .withQueryParam("f_invoicedDate", equalTo("invoicedDate:[2026-11-26T00:00:00.000Z TO 2026-11-26T23:59:59.999Z]"))
                .withQueryParam("orderBy", equalTo("orderId,asc"))
                .withQueryParam("per_page", equalTo("100"))
                .withQueryParam("page", equalTo("2"))
                .withHeader("X-VTEX-API-AppKey", equalTo(APP_KEY))
                .withHeader("X-VTEX-API-AppToken", equalTo(APP_TOKEN)));
    }

    @Test
    void a_window_over_the_30_page_cap_is_split_until_every_order_is_read_exactly_once() {
        // 7,000 orders: 3,500 in one busy half hour, 50 at the very instant the first cut falls, the rest over the day.
        Random random = new Random(7);
        List<InvoicedOrdersTransformer.Invoiced> population = new ArrayList<>();
        Instant firstCut = DAY.from().plus(DAY.length().dividedBy(2));
        for (int n = 0; n < 7000; n++) {
            Instant at = n < 3500 ? Instant.parse("2026-11-26T18:00:00Z").plusMillis(random.nextInt(30 * 60 * 1000))
                    : n < 3550 ? firstCut
                    : DAY.from().plusMillis(random.nextInt((int) DAY.length().toMillis()));
            population.add(new InvoicedOrdersTransformer.Invoiced(id(n), at));
        }
        InvoicedOrdersTransformer.serve(population);
        stubList();

        List<String> ids = orders.invoicedIn(DAY).toList();

        assertThat(ids).hasSize(7000).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(population.stream().map(InvoicedOrdersTransformer.Invoiced::orderId).collect(Collectors.toSet()));
        assertThat(InvoicedOrdersTransformer.PAGES_ASKED).allMatch(page -> page <= 30);
    }

    @Test
    void a_window_never_ends_closer_to_now_than_the_indexing_lag() {
        InvoicedOrdersTransformer.serve(List.of());
        stubList();

        orders.invoicedIn(new TimeWindow(Instant.parse("2026-11-27T02:00:00Z"), NOW.plusSeconds(3600))).toList();

        server.verify(getRequestedFor(urlPathEqualTo("/api/oms/pvt/orders"))
                .withQueryParam("f_invoicedDate", equalTo("invoicedDate:[2026-11-27T02:00:00.000Z TO 2026-11-27T02:54:59.999Z]")));
    }

    @Test
    void a_window_entirely_within_the_indexing_lag_asks_nothing() {
        assertThat(orders.invoicedIn(new TimeWindow(NOW.minusSeconds(60), NOW)).toList()).isEmpty();
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void reads_the_whole_order_from_get_order() {
        server.stubFor(get("/api/oms/pvt/orders/1172452900788-01").willReturn(okJson(OmsExamples.getOrder("1172452900788-01", "invoiced").toString())));

        Order order = orders.order("1172452900788-01");

        assertThat(order.status().isInvoiced()).isTrue();
        assertThat(order.invoices()).extracting(i -> i.number()).containsExactly("24382");
    }

    /** The answer stays within the spec (checked after the test): a second package, a return refunded by SKU. */
    @Test
    void reads_when_the_order_was_invoiced_and_what_its_return_package_refunds() {
        ObjectNode answer = OmsExamples.getOrder(id(7), "invoiced");
        ((ObjectNode) answer.at("/packageAttachment/packages/0")).remove("restitutions");
        ObjectNode refund = ((ObjectNode) OmsExamples.officialGetOrder().at("/packageAttachment/packages/0")).deepCopy();
        refund.put("invoiceNumber", "24383");
        ((ObjectNode) refund.at("/restitutions/Refund/items/0")).put("id", "18").put("quantity", 1);
        ((ArrayNode) answer.at("/packageAttachment/packages")).add(refund);
        server.stubFor(get("/api/oms/pvt/orders/" + id(7)).willReturn(okJson(answer.toString())));

        Order order = orders.order(id(7));

        assertThat(order.invoicedAt()).contains(Instant.parse("2024-02-09T10:17:40.5322681Z"));
        assertThat(order.invoices()).extracting(Invoice::number, Invoice::restitutions)
                .containsExactly(tuple("24382", List.of()), tuple("24383", List.of(new Restitution("18", 1))));
    }

    @Test
    void fetches_a_chunk_in_parallel_keeping_its_order_and_reporting_each_refused_order() {
        List<String> ids = IntStream.range(0, 12).mapToObj(VtexOmsOrdersTest::id).toList();
        ids.forEach(id -> server.stubFor(get("/api/oms/pvt/orders/" + id)
                .willReturn(okJson(OmsExamples.getOrder(id, "invoiced").toString()).withTransformers(SideBySide.NAME))));
        server.stubFor(get("/api/oms/pvt/orders/" + id(5)).willReturn(notFound().withBody("{\"error\":{\"code\":\"OMS001\",\"message\":\"Order not found\"}}")
                .withTransformers(SideBySide.NAME)));
        SideBySide.expect(4);

        List<Lookup> lookups = orders.orders(ids);

        assertThat(lookups).extracting(Lookup::orderId).containsExactlyElementsOf(ids);
        assertThat(lookups.get(5).order()).isEmpty();
        assertThat(lookups.get(5).problem()).contains("GET /api/oms/pvt/orders/" + id(5)).contains("404").contains("Order not found");
        assertThat(lookups.get(5).refusal()).as("the kind of refusal, to tell many orders refused alike").isEqualTo("404 OMS001");
        assertThat(lookups).filteredOn(l -> l.order().isPresent()).hasSize(11);
        assertThat(SideBySide.metTogether()).as("four Get order calls in flight at once").isTrue();
        assertThat(SideBySide.most()).as("never more than the concurrency asked").isEqualTo(4);
    }

    @Test
    void a_batch_fails_at_its_first_failed_call_and_stops_its_other_calls() {
        // A read timeout far longer than the test: only an interrupt can end the calls VTEX is slow to answer.
        HttpSettings patient = new HttpSettings("VTEX OMS", URI.create(server.baseUrl()), Duration.ofSeconds(2), Duration.ofMinutes(5),
                3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5));
        OmsSettings defaults = settings(4);
        List<String> ids = IntStream.range(0, 4).mapToObj(VtexOmsOrdersTest::id).toList();
        ids.subList(0, 3).forEach(id -> server.stubFor(get("/api/oms/pvt/orders/" + id)
                .willReturn(okJson(OmsExamples.getOrder(id, "invoiced").toString()).withTransformers(UnansweredGetOrder.NAME))));
        server.stubFor(get("/api/oms/pvt/orders/" + id(3)).willReturn(serverError()));
        UnansweredGetOrder.holdAnswers();

        try (VtexOmsOrders slowOms = new VtexOmsOrders(new OmsSettings("loja", APP_KEY, APP_TOKEN, 100, 30, defaults.indexingLag(), 4, "1",
                defaults.marketplaceServicesEndpoint(), defaults.feedVisibilityTimeout(), defaults.feedRetention(), patient))) {
            // Bounds that only a hang reaches: the three other calls are never answered.
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> slowOms.orders(ids))
                    .isInstanceOf(SystemUnavailableException.class).hasMessageContaining(id(3)));
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                while (getOrderCallsRunning() > 0) {
                    TimeUnit.MILLISECONDS.sleep(10);
                }
            });
        } finally {
            UnansweredGetOrder.answerAll();
        }
    }

    /** Get order threads still inside an HTTP exchange. */
    private static long getOrderCallsRunning() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().startsWith("oms-get-order-"))
                .filter(thread -> Arrays.stream(thread.getValue()).anyMatch(frame -> frame.getClassName().equals(RetryingHttpClient.class.getName())))
                .count();
    }

    @Test
    void an_oms_down_for_good_fails_the_whole_chunk_naming_the_request() {
        server.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders/" + id(1))).willReturn(serverError()));

        assertThatThrownBy(() -> orders.orders(List.of(id(1))))
                .isInstanceOf(SystemUnavailableException.class)
                .hasMessage("VTEX OMS GET /api/oms/pvt/orders/" + id(1) + ": still answering 500 after 3 attempts");
    }

    @Test
    void a_refusal_without_vteXs_error_code_is_told_by_its_status_alone() {
        server.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders/" + id(1))).willReturn(status(400).withBody("Bad Request")));

        assertThat(orders.orders(List.of(id(1))).get(0).refusal()).isEqualTo("400");
    }

    @Test
    void a_refusal_naming_a_customer_by_e_mail_keeps_the_code_and_the_words_but_masks_the_address() {
        server.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders/" + id(1))).willReturn(notFound()
                .withBody("{\"error\":{\"code\":\"OMS001\",\"message\":\"Order of ana.silva@example.com not found\"}}")));

        Lookup refused = orders.orders(List.of(id(1))).get(0);

        assertThat(refused.problem()).contains("404").contains("OMS001").contains("Order of a" + "*".repeat("ana.silva@example.com".length() - 2) + "m not found")
                .doesNotContain("ana.silva");
    }

    @Test
    void a_key_refused_on_get_order_fails_the_chunk_instead_of_refusing_the_order() {
        // Ids no other test uses: a call another test left held in WireMock may complete, and be counted, during this one.
        server.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders/" + id(41))).willReturn(okJson(OmsExamples.getOrder(id(41), "invoiced").toString())));
        server.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders/" + id(42))).willReturn(status(403)
                .withBody("{\"error\":{\"code\":\"1\",\"message\":\"Forbidden\"}}")));

        assertThatThrownBy(() -> orders.orders(List.of(id(41), id(42))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("VTEX OMS GET /api/oms/pvt/orders/" + id(42) + ": answered 403: the credentials lack the permission")
                .hasMessageContaining("app key '" + APP_KEY + "' lacks the permission for this request");
        server.verify(1, getRequestedFor(urlEqualTo("/api/oms/pvt/orders/" + id(42))));
    }

    @Test
    void a_key_or_token_refused_on_get_order_fails_the_chunk_naming_the_settings() {
        server.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders/" + id(1))).willReturn(status(401)));

        assertThatThrownBy(() -> orders.orders(List.of(id(1))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("VTEX OMS refused app key '" + APP_KEY + "' or its token; check vtex.oms.app-key and vtex.oms.app-token");
    }

    @Test
    void a_throttled_get_order_waits_for_retry_after_then_succeeds() {
        String path = "/api/oms/pvt/orders/" + id(2);
        server.stubFor(get(path).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(429).withHeader("Retry-After", "1")).willSetStateTo("open"));
        server.stubFor(get(path).inScenario("throttle").whenScenarioStateIs("open")
                .willReturn(okJson(OmsExamples.getOrder(id(2), "invoiced").toString())));

        long start = System.nanoTime();
        assertThat(orders.order(id(2)).orderId()).isEqualTo(id(2));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_timeout_then_an_answer_is_retried() {
        String path = "/api/oms/pvt/orders/" + id(3);
        server.stubFor(get(path).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{}").withFixedDelay(5000)).willSetStateTo("fast"));
        server.stubFor(get(path).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(okJson(OmsExamples.getOrder(id(3), "invoiced").toString())));

        assertThat(orders.order(id(3)).orderId()).isEqualTo(id(3));
        server.verify(2, getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void ids_are_encoded_in_the_path() {
        server.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders/a%2Fb")).willReturn(notFound()));

        assertThat(orders.orders(List.of("a/b")).get(0).problem()).contains("404");
    }

    @Test
    void the_split_never_loses_an_order_at_a_cut_even_in_a_tiny_window() {
        Set<String> expected = new HashSet<>();
        List<InvoicedOrdersTransformer.Invoiced> population = new ArrayList<>();
        Instant at = Instant.parse("2026-11-26T12:00:00.000Z");
        for (int n = 0; n < 3100; n++) {
            population.add(new InvoicedOrdersTransformer.Invoiced(id(n), at.plusMillis(n % 4)));
            expected.add(id(n));
        }
        InvoicedOrdersTransformer.serve(population);
        stubList();

        assertThat(new HashSet<>(orders.invoicedIn(new TimeWindow(at, at.plusMillis(4))).toList())).isEqualTo(expected);
    }
}
