package com.trackingintegration.batch.demo;

import com.trackingintegration.adapters.oms.OmsSettings;
import com.trackingintegration.adapters.oms.VtexOmsOrders;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.http.HttpSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a VTEX that throttles (429 with Retry-After beyond its rate), a client that paces itself stays under the
 * limit with next to no 429s, while the same parallel fetch without pacing is throttled.
 */
class SimulatedVtexPacingTest {

    private static final int LIMIT = 50;
    private static final Duration LATENCY = Duration.ofMillis(20);

    private static OmsSettings settings(SimulatedVtex vtex, double pace) {
        HttpSettings http = new HttpSettings("VTEX OMS", vtex.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(5), 6,
                Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(5)).withMaxRequestsPerSecond(pace);
        OmsSettings defaults = OmsSettings.defaults(vtex.baseUrl(), "demo", "key", "token");
        return new OmsSettings("demo", "key", "token", 100, 30, Duration.ofMinutes(5), 8, "1", defaults.marketplaceServicesEndpoint(),
                defaults.feedVisibilityTimeout(), defaults.feedRetention(), http);
    }

    private static List<Order> orders(int count) {
        return DemoCatalog.orders(count);
    }

    @Test
    void a_paced_parallel_fetch_stays_under_the_limit_with_almost_no_429s() {
        List<Order> orders = orders(300);
        try (SimulatedVtex vtex = SimulatedVtex.start(orders, Collections.nCopies(orders.size(), Instant.now()), false,
                new SimulatedVtex.Conditions(LATENCY, LIMIT));
             VtexOmsOrders oms = new VtexOmsOrders(settings(vtex, LIMIT * 0.9))) {

            long start = System.nanoTime();
            List<Lookup> lookups = oms.orders(orders.stream().map(Order::orderId).toList());
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(lookups).allSatisfy(lookup -> assertThat(lookup.order()).isPresent());
            assertThat(vtex.throttled()).as("429s of %d requests", vtex.omsRequests()).isLessThanOrEqualTo(vtex.omsRequests() / 100);
            assertThat(orders.size() / seconds).as("orders a second").isLessThanOrEqualTo(LIMIT).isGreaterThanOrEqualTo(LIMIT * 0.6);
        }
    }

    /** The control: 8 parallel fetches without pacing run well above a limit of 20 a second, and meet 429s. */
    @Test
    void without_pacing_the_same_fetch_is_throttled() {
        List<Order> orders = orders(100);
        try (SimulatedVtex vtex = SimulatedVtex.start(orders, Collections.nCopies(orders.size(), Instant.now()), false,
                new SimulatedVtex.Conditions(LATENCY, 20));
             VtexOmsOrders oms = new VtexOmsOrders(settings(vtex, 0))) {

            oms.orders(orders.stream().map(Order::orderId).toList());

            assertThat(vtex.throttled()).as("429s of %d requests", vtex.omsRequests()).isGreaterThan(vtex.omsRequests() / 10);
        }
    }
}
