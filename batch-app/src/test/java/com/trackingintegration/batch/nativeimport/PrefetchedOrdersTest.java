package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.demo.DemoCatalog;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrefetchedOrdersTest {

    private final RecordingOms oms = new RecordingOms();

    @Test
    void hands_out_every_order_once_in_the_order_of_the_ids() {
        List<String> ids = ids(250);
        try (PrefetchedOrders prefetched = new PrefetchedOrders(oms, ids.iterator(), 100, 3)) {
            List<String> handedOut = new ArrayList<>();
            Lookup lookup;
            while ((lookup = prefetched.next()) != null) {
                handedOut.add(lookup.orderId());
            }
            assertThat(handedOut).isEqualTo(ids);
            assertThat(prefetched.next()).as("after the last").isNull();
        }
        assertThat(oms.batches).extracting(List::size).containsExactly(100, 100, 50);
    }

    @Test
    void fetches_ahead_of_the_reader_but_never_more_than_the_batches_allowed() {
        try (PrefetchedOrders prefetched = new PrefetchedOrders(oms, ids(1_000).iterator(), 10, 3)) {
            prefetched.next();

            // The first batch was taken by the reader; three more are fetched while it works on it, then no more.
            waitUntil(() -> oms.batches.size() == 4);
            sleepBriefly();
            assertThat(oms.batches).hasSize(4);
        }
    }

    @Test
    void an_oms_failure_surfaces_when_the_reader_reaches_that_batch_not_before() {
        oms.failWith = DemoCatalog.orderId(10);
        try (PrefetchedOrders prefetched = new PrefetchedOrders(oms, ids(30).iterator(), 10, 3)) {
            for (int i = 0; i < 10; i++) {
                assertThat(prefetched.next()).isNotNull();
            }
            assertThatThrownBy(prefetched::next).isInstanceOf(IllegalStateException.class).hasMessage("VTEX OMS unavailable");
        }
    }

    @Test
    void a_failed_listing_surfaces_to_the_reader() {
        Iterator<String> failing = Stream.<String>generate(() -> {
            throw new IllegalStateException("List orders failed");
        }).iterator();
        try (PrefetchedOrders prefetched = new PrefetchedOrders(oms, failing, 10, 3)) {
            assertThatThrownBy(prefetched::next).hasMessage("List orders failed");
        }
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(DemoCatalog::orderId).toList();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
            sleep(10);
        }
    }

    private static void sleepBriefly() {
        sleep(200);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An OMS that answers at once and remembers the batches asked for. */
    private static final class RecordingOms implements InvoicedOrders {
        final ConcurrentLinkedQueue<List<String>> batches = new ConcurrentLinkedQueue<>();
        /** A batch holding this id fails as an OMS that is down fails. */
        volatile String failWith = "";

        @Override
        public List<Lookup> orders(List<String> orderIds) {
            batches.add(orderIds);
            if (orderIds.contains(failWith)) {
                throw new IllegalStateException("VTEX OMS unavailable");
            }
            return orderIds.stream().map(id -> Lookup.failed(id, "not needed here")).toList();
        }

        @Override
        public Stream<String> invoicedIn(TimeWindow window) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Order order(String orderId) {
            throw new UnsupportedOperationException();
        }
    }
}
