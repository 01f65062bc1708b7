package com.trackingintegration.demo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.adapters.oms.VtexOmsOrderFeed;
import com.trackingintegration.domain.fixtures.MovableClock;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.port.OrderFeed.OrderEvent;
import com.trackingintegration.http.ContractCheck;
import com.trackingintegration.http.ContractCheck.SpecMistake;
import com.trackingintegration.http.HttpSettings;
import com.trackingintegration.http.VtexContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The simulated Orders Feed answers as VTEX's Orders API says: WireMock stands in front of it as a proxy, the real feed
 * adapter configures, reads and commits through it, and every exchange is validated against orders-api.json. Its
 * behaviour is VTEX's guide's: lots of at most 10, an uncommitted item back after the visibility timeout (on a clock
 * the test moves, no waiting), a commit removing the items, duplicates at the rate asked for.
 */
class SimulatedFeedContractTest {

    private static final int ORDERS = 200;
    private static final Duration VISIBILITY = Duration.ofSeconds(250);

    @RegisterExtension
    static WireMockExtension proxy = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-21T03:00:00Z"));
    private SimulatedVtex vtex;

    @BeforeEach
    void simulatedVtexBehindAProxy() {
        List<Order> orders = DemoCatalog.orders(ORDERS);
        vtex = SimulatedVtex.start(orders, Collections.nCopies(orders.size(), Instant.parse("2026-11-20T14:00:00Z")), false,
                new SimulatedConditions(Duration.ZERO, 0).withFeedDuplicates(0.05).on(clock));
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(vtex.baseUrl().toString())));
    }

    @AfterEach
    void stop() {
        vtex.close();
    }

    private static VtexOmsOrderFeed feed() {
        HttpSettings http = SimulatedOms.http(URI.create(proxy.baseUrl()), 2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1));
        return new VtexOmsOrderFeed(SimulatedOms.settings(http, 4, VISIBILITY));
    }

    @Test
    void configured_read_in_lots_of_at_most_ten_and_committed_it_serves_every_order_with_its_duplicates_as_the_spec_says() {
        VtexOmsOrderFeed feed = feed();
        assertThatThrownBy(() -> feed.next(10)).as("no feed before its configuration").hasMessageContaining("404");
        feed.configure();

        List<OrderEvent> read = new ArrayList<>();
        for (List<OrderEvent> lot = feed.next(10); !lot.isEmpty(); lot = feed.next(10)) {
            assertThat(lot).hasSizeLessThanOrEqualTo(10);
            read.addAll(lot);
            feed.commit(lot.stream().map(OrderEvent::handle).toList());
        }

        Map<String, Long> perOrder = read.stream().collect(Collectors.groupingBy(OrderEvent::orderId, Collectors.counting()));
        assertThat(perOrder).as("every order").hasSize(ORDERS);
        long repeated = perOrder.values().stream().filter(count -> count > 1).count();
        assertThat(repeated).as("about 5%% of %d orders come twice", ORDERS).isBetween(4L, 20L);
        assertThat(read).extracting(OrderEvent::state).containsOnly("invoiced");
        assertThat(vtex.feedWaiting()).as("all committed").isZero();
        int checked = ContractCheck.against(VtexContracts.ORDERS_API, List.of(SpecMistake.UNLISTED_ERROR_STATUSES))
                .assertServedExchangesValid(proxy, path -> path.startsWith("/api/orders/feed"));
        assertThat(checked).as("the configuration, the 404 before it, the reads and the commits").isGreaterThan(2 * ORDERS / 10);
    }

    @Test
    void an_item_read_and_not_committed_comes_back_after_the_visibility_timeout_with_a_new_handle_and_a_stale_commit_is_ignored() {
        VtexOmsOrderFeed feed = feed();
        feed.configure();
        List<OrderEvent> first = feed.next(3);
        List<OrderEvent> second = feed.next(3);
        assertThat(second).extracting(OrderEvent::orderId).doesNotContainAnyElementsOf(first.stream().map(OrderEvent::orderId).toList());

        feed.commit(second.stream().map(OrderEvent::handle).toList());
        clock.advance(VISIBILITY.minusSeconds(1));
        assertThat(feed.next(3)).as("still hidden: the next items").extracting(OrderEvent::orderId)
                .doesNotContainAnyElementsOf(first.stream().map(OrderEvent::orderId).toList());
        clock.advance(Duration.ofSeconds(1));

        List<OrderEvent> back = feed.next(3);
        assertThat(back).extracting(OrderEvent::orderId).as("the uncommitted lot, first").isEqualTo(first.stream().map(OrderEvent::orderId).toList());
        assertThat(back).extracting(OrderEvent::handle).doesNotContainAnyElementsOf(first.stream().map(OrderEvent::handle).toList());
        int before = vtex.feedWaiting();
        feed.commit(first.stream().map(OrderEvent::handle).toList());
        assertThat(vtex.feedWaiting()).as("a stale handle commits nothing").isEqualTo(before);
        feed.commit(back.stream().map(OrderEvent::handle).toList());
        assertThat(vtex.feedWaiting()).isEqualTo(before - 3);
        ContractCheck.against(VtexContracts.ORDERS_API, List.of(SpecMistake.UNLISTED_ERROR_STATUSES))
                .assertServedExchangesValid(proxy, path -> path.startsWith("/api/orders/feed"));
    }
}
