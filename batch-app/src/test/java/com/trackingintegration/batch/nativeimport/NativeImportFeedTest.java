package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.trackingintegration.batch.JobTest;
import com.trackingintegration.batch.store.JdbcOutcomes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** nativeImport on the Orders Feed: a handle is committed to VTEX only after its order's chunk committed here. */
@SpringBootTest(properties = {"integration.chunk-size=2", "integration.native.source=feed"})
class NativeImportFeedTest extends JobTest {

    @Autowired
    private ConfigurableListableBeanFactory beans;

    private static String events(String... orderIds) {
        StringBuilder json = new StringBuilder("[");
        for (String id : orderIds) {
            json.append(json.length() > 1 ? "," : "").append("{\"eventId\":\"e-").append(id).append("\",\"handle\":\"h-").append(id)
                    .append("\",\"domain\":\"Fulfillment\",\"state\":\"invoiced\",\"orderId\":\"").append(id).append("\"}");
        }
        return json.append("]").toString();
    }

    /** Feed items as "orderId/handle": the same order can come with several handles, as the feed repeats it. */
    static String items(String... orderAndHandle) {
        StringBuilder json = new StringBuilder("[");
        for (String item : orderAndHandle) {
            String[] parts = item.split("/");
            json.append(json.length() > 1 ? "," : "").append("{\"eventId\":\"e-").append(parts[1]).append("\",\"handle\":\"").append(parts[1])
                    .append("\",\"domain\":\"Fulfillment\",\"state\":\"invoiced\",\"orderId\":\"").append(parts[0]).append("\"}");
        }
        return json.append("]").toString();
    }

    /** The feed answers these lots one after the other, then nothing. */
    private static void feedLots(String... lots) {
        String state = Scenario.STARTED;
        for (int i = 0; i < lots.length; i++) {
            vtex.stubFor(get("/api/orders/feed?maxlot=10").inScenario("feed").whenScenarioStateIs(state)
                    .willReturn(okJson(lots[i])).willSetStateTo("lot " + (i + 1)));
            state = "lot " + (i + 1);
        }
        vtex.stubFor(get("/api/orders/feed?maxlot=10").inScenario("feed").whenScenarioStateIs(state).willReturn(okJson("[]")));
        vtex.stubFor(post("/api/orders/feed").willReturn(ok()));
    }

    private static List<String> committedHandles() {
        return vtex.findAll(postRequestedFor(urlEqualTo("/api/orders/feed"))).stream()
                .flatMap(request -> java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(request.getBodyAsString()).results()
                        .map(m -> m.group(1)).filter(handle -> !handle.equals("handles")))
                .toList();
    }

    private static List<String> sentInvoices() {
        return vtex.findAll(postRequestedFor(urlEqualTo("/receiver/services"))).stream()
                .flatMap(request -> java.util.regex.Pattern.compile("\"invoiceOrderOfService\":\"(\\d+)\"").matcher(request.getBodyAsString())
                        .results().map(m -> m.group(1)))
                .toList();
    }

    /**
     * VTEX limits calls per account: the feed, Get order and every other OMS client are made from the one OmsSettings
     * bean, whose HTTP settings carry the account's one pace. A client built from its own {@code settings.vtex().oms()} would
     * get a pace of its own, and together they would exceed the limit.
     */
    @Test
    void the_feed_and_every_other_oms_client_wait_their_turn_under_the_accounts_one_pace() {
        List<String> omsClients = List.of("orderFeed", "invoicedOrders", "externalOrderCreation", "orderTrackingUpdates", "credentialChecks");
        omsClients.forEach(beans::getBean);

        assertThat(omsClients).allSatisfy(client -> assertThat(beans.getDependenciesForBean(client)).as(client).contains("omsSettings"));
        assertThat(beans.getBeanNamesForType(com.trackingintegration.adapters.oms.OmsSettings.class)).as("one set of OMS settings, one pace")
                .containsExactly("omsSettings");
    }

    @Test
    void an_order_the_feed_repeats_in_a_lot_across_lots_or_across_chunks_is_fetched_and_sent_once_and_every_handle_committed() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(
                new VtexStubs.OmsOrder("11-01", "invoiced", List.of("1101:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("12-01", "invoiced", List.of("1201:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("13-01", "invoiced", List.of("1301:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("14-01", "invoiced", List.of("1401:Output:Motoboy"), true)));
        // Chunks of two. Lot 1 repeats order 11 in itself and fills the first chunk with orders 11 and 12. Lot 2 repeats
        // order 12, done by then. Lot 3 repeats order 13, still in the second chunk being read.
        feedLots(items("11-01/h1a", "12-01/h2a", "11-01/h1b"), items("12-01/h2b", "13-01/h3a"), items("13-01/h3b", "14-01/h4a"));

        assertThat(start("nativeImport")).as(console.toString()).isZero();

        List.of("11-01", "12-01", "13-01", "14-01").forEach(id -> vtex.verify(1, getRequestedFor(urlEqualTo("/api/oms/pvt/orders/" + id))));
        assertThat(sentInvoices()).containsExactlyInAnyOrder("1101", "1201", "1301", "1401");
        assertThat(committedHandles()).containsExactlyInAnyOrder("h1a", "h1b", "h2a", "h2b", "h3a", "h3b", "h4a");
        assertThat(outcomes.rows(lastExecution())).extracting(JdbcOutcomes.Row::orderId).containsExactlyInAnyOrder("11-01", "12-01", "13-01", "14-01");
    }

    @Test
    void a_feed_giving_back_only_the_orders_of_the_chunk_being_read_ends_the_reading_instead_of_spinning() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("5-01", "invoiced", List.of("501:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("6-01", "invoiced", List.of("601:Output:Motoboy"), true)));
        // After its visibility timeout an uncommitted item is shown again: here order 5, for as long as it is not committed.
        vtex.stubFor(get("/api/orders/feed?maxlot=10").inScenario("replay").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(items("5-01/h5a"))).willSetStateTo("replaying"));
        vtex.stubFor(get("/api/orders/feed?maxlot=10").inScenario("replay").whenScenarioStateIs("replaying")
                .willReturn(okJson(items("5-01/h5b"))));
        vtex.stubFor(post("/api/orders/feed").inScenario("replay").willReturn(ok()).willSetStateTo("committed"));
        vtex.stubFor(get("/api/orders/feed?maxlot=10").inScenario("replay").whenScenarioStateIs("committed")
                .willReturn(okJson(items("6-01/h6a"))));

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThat(start("nativeImport")).as(console.toString()).isZero());

        assertThat(sentInvoices()).containsExactly("501");
        assertThat(committedHandles()).containsExactlyInAnyOrder("h5a", "h5b");
        vtex.verify(0, getRequestedFor(urlEqualTo("/api/oms/pvt/orders/6-01")));
    }

    @Test
    void handles_are_committed_after_their_chunk_and_a_failed_chunk_leaves_its_events_in_the_feed() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(
                new VtexStubs.OmsOrder("1-01", "invoiced", List.of("101:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("2-01", "invoiced", List.of("201:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("3-01", "invoiced", List.of("301:Output:Motoboy"), true)));
        vtex.stubFor(get("/api/orders/feed?maxlot=10").inScenario("feed").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(events("1-01", "2-01", "3-01"))).willSetStateTo("drained"));
        vtex.stubFor(get("/api/orders/feed?maxlot=10").inScenario("feed").whenScenarioStateIs("drained").willReturn(okJson("[]")));
        vtex.stubFor(post("/api/orders/feed").willReturn(ok()));
        vtex.stubFor(post("/receiver/services").inScenario("tracking").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ok()).willSetStateTo("down"));
        vtex.stubFor(post("/receiver/services").inScenario("tracking").whenScenarioStateIs("down").willReturn(serverError()));
        int exit = start("nativeImport");

        assertThat(exit).as(console.toString()).isEqualTo(1);
        vtex.verify(1, postRequestedFor(urlEqualTo("/api/orders/feed")));
        vtex.verify(postRequestedFor(urlEqualTo("/api/orders/feed")).withRequestBody(equalToJson("{\"handles\":[\"h-1-01\",\"h-2-01\"]}")));
    }

    @Test
    void a_run_failing_mid_chunk_commits_only_the_handles_of_the_chunks_written_not_those_of_the_orders_read_ahead() throws Exception {
        VtexStubs.tracking(vtex);
        List<String> ids = java.util.stream.IntStream.rangeClosed(21, 30).mapToObj(i -> i + "-01").toList();
        VtexStubs.oms(vtex, ids.stream().map(id -> new VtexStubs.OmsOrder(id, "invoiced", List.of(id.substring(0, 2) + "01:Output:Motoboy"), true)).toList());
        feedLots(events(ids.toArray(String[]::new)));
        vtex.stubFor(post("/receiver/services").inScenario("tracking").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ok()).willSetStateTo("down"));
        vtex.stubFor(post("/receiver/services").inScenario("tracking").whenScenarioStateIs("down").willReturn(serverError()));

        assertThat(start("nativeImport")).as(console.toString()).isEqualTo(1);

        // The whole lot was fetched ahead of the first chunk (one lot, one batch of Get order calls), yet only the
        // first chunk was written: the other eight stay in the feed, to come back after its visibility timeout.
        ids.forEach(id -> vtex.verify(1, getRequestedFor(urlEqualTo("/api/oms/pvt/orders/" + id))));
        assertThat(committedHandles()).containsExactlyInAnyOrder("h-21-01", "h-22-01");
    }
}
