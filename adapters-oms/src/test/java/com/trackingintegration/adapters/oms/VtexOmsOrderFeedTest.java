package com.trackingintegration.adapters.oms;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.trackingintegration.domain.port.OrderFeed.OrderEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VtexOmsOrderFeedTest extends OmsWireMockTest {

    private final VtexOmsOrderFeed feed = new VtexOmsOrderFeed(settings(1));

    /** The spec's example feed item, made into one per order. */
    private static String items(String... orderIds) {
        ArrayNode items = OmsExamples.JSON.createArrayNode();
        ObjectNode example = (ObjectNode) OmsExamples.ordersApi()
                .at("/paths/~1api~1orders~1feed/get/responses/200/content/application~1json/example/0");
        for (String orderId : orderIds) {
            ObjectNode item = example.deepCopy();
            item.put("orderId", orderId);
            item.put("handle", "handle-" + orderId);
            item.put("state", "invoiced");
            items.add(item);
        }
        return items.toString();
    }

    @Test
    void configures_the_feed_for_invoiced_orders_with_the_retention_asked() {
        server.stubFor(post("/api/orders/feed/config").willReturn(ok()));

        assertThat(feed.configure()).as("how long the feed keeps an event, for the operator's line").isEqualTo(Duration.ofDays(4));

        server.verify(postRequestedFor(urlEqualTo("/api/orders/feed/config")).withRequestBody(equalToJson(
                "{\"filter\":{\"type\":\"FromWorkflow\",\"status\":[\"invoiced\"]},"
                        + "\"queue\":{\"visibilityTimeoutInSeconds\":250,\"MessageRetentionPeriodInSeconds\":345600}}")));
    }

    /** 14 days is the application's default (vtex.oms.feed-retention): a restart after a long weekend loses nothing. */
    @Test
    void the_longest_retention_vtex_allows_is_sent_as_its_spec_counts_it() {
        server.stubFor(post("/api/orders/feed/config").willReturn(ok()));
        OmsSettings s = settings(8);

        new VtexOmsOrderFeed(new OmsSettings(s.account(), s.appKey(), s.appToken(), s.perPage(), s.maxPages(), s.indexingLag(),
                s.fetchConcurrency(), s.sellerId(), s.marketplaceServicesEndpoint(), s.feedVisibilityTimeout(), Duration.ofDays(14), s.http()))
                .configure();

        // 1,209,600 seconds: the spec's maximum MessageRetentionPeriodInSeconds.
        server.verify(postRequestedFor(urlEqualTo("/api/orders/feed/config")).withRequestBody(equalToJson(
                "{\"filter\":{\"type\":\"FromWorkflow\",\"status\":[\"invoiced\"]},"
                        + "\"queue\":{\"visibilityTimeoutInSeconds\":250,\"MessageRetentionPeriodInSeconds\":1209600}}")));
    }

    @Test
    void reads_at_most_ten_items_and_commits_only_the_handles_it_is_given() {
        server.stubFor(get("/api/orders/feed?maxlot=10").willReturn(okJson(items("1-01", "2-01"))));
        server.stubFor(post("/api/orders/feed").willReturn(ok()));

        List<OrderEvent> events = feed.next(10);
        feed.commit(List.of(events.get(0).handle()));

        assertThat(events).extracting(OrderEvent::orderId).containsExactly("1-01", "2-01");
        assertThat(events).extracting(OrderEvent::state).containsOnly("invoiced");
        server.verify(postRequestedFor(urlEqualTo("/api/orders/feed")).withRequestBody(equalToJson("{\"handles\":[\"handle-1-01\"]}")));
    }

    @Test
    void an_item_not_committed_comes_back_on_a_later_read_and_is_committed_then() {
        // VTEX shows an uncommitted item again after the visibility timeout: a crash between reading and committing loses nothing.
        server.stubFor(get("/api/orders/feed?maxlot=10").inScenario("feed").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(items("1-01"))).willSetStateTo("timeout passed"));
        server.stubFor(get("/api/orders/feed?maxlot=10").inScenario("feed").whenScenarioStateIs("timeout passed")
                .willReturn(okJson(items("1-01"))));
        server.stubFor(post("/api/orders/feed").willReturn(ok()));

        List<OrderEvent> first = feed.next(10);
        List<OrderEvent> again = feed.next(10);
        feed.commit(again.stream().map(OrderEvent::handle).toList());

        assertThat(again).isEqualTo(first);
        server.verify(1, postRequestedFor(urlEqualTo("/api/orders/feed")));
    }

    @Test
    void nothing_to_commit_makes_no_call() {
        feed.commit(List.of());

        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_missing_feed_is_a_clear_error_saying_what_to_do() {
        server.stubFor(get("/api/orders/feed?maxlot=5").willReturn(notFound()));

        assertThatThrownBy(() -> feed.next(5)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("VTEX OMS has no Orders Feed for this app key (GET /api/orders/feed answered 404): configure it first");
    }

    @Test
    void more_than_ten_items_cannot_be_asked() {
        assertThatThrownBy(() -> feed.next(11)).hasMessageContaining("1 to 10 items");
    }
}
