package com.trackingintegration.demo;

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
 * The OMS client keeps the pace it is given, however many threads fetch at once, so a night's run stays under VTEX's
 * rate limit instead of running into 429s. What is asserted is a floor, never a speed: requests spread at the pace
 * cannot all be done sooner than the pace allows, and a slow machine only takes longer.
 */
class SimulatedVtexPacingTest {

    private static OmsSettings settings(SimulatedVtex vtex, double pace) {
        HttpSettings http = SimulatedOms.http(vtex.baseUrl(), 6, Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(5))
                .withMaxRequestsPerSecond(pace);
        return SimulatedOms.settings(http, 8, SimulatedOms.FEED_VISIBILITY);
    }

    @Test
    void a_parallel_fetch_never_runs_faster_than_its_pace() {
        int pace = 20;
        List<Order> orders = DemoCatalog.orders(61);
        try (SimulatedVtex vtex = SimulatedVtex.start(orders, Collections.nCopies(orders.size(), Instant.now()), false,
                SimulatedConditions.IDEAL);
             VtexOmsOrders oms = new VtexOmsOrders(settings(vtex, pace))) {

            long start = System.nanoTime();
            List<Lookup> lookups = oms.orders(orders.stream().map(Order::orderId).toList());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(lookups).allSatisfy(lookup -> assertThat(lookup.order()).isPresent());
            assertThat(vtex.omsRequests()).isEqualTo(orders.size());
            // 8 threads make these 61 calls in a fraction of a second; at 20 a second, evenly spread, the last one
            // cannot start before 60 intervals of 50 ms have passed.
            assertThat(elapsed).as("61 calls at %d a second", pace).isGreaterThanOrEqualTo(Duration.ofMillis(60L * 1000 / pace));
        }
    }
}
