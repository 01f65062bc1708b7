package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.demo.DemoCatalog;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The prefetch's behaviour, never its timing: what is handed out and in which order, how far it runs ahead (seen by
 * waiting until its lister is blocked, then counting), and what reaches the reader when a background thread fails.
 */
class PrefetchedOrdersTest {

    /** A hang is the failure some of these tests guard against: this turns one into a red test instead of a stuck build. */
    private static final Duration HANG = Duration.ofSeconds(20);

    private final RecordingOms oms = new RecordingOms();

    private PrefetchedOrders prefetched(Iterator<String> ids, int batchSize) {
        return new PrefetchedOrders(oms, ids, batchSize, 3, UnaryOperator.identity());
    }

    @Test
    void hands_out_every_order_once_in_the_order_of_the_ids() {
        List<String> ids = ids(250);
        try (PrefetchedOrders prefetched = prefetched(ids.iterator(), 100)) {
            List<String> handedOut = new ArrayList<>();
            Lookup lookup;
            while ((lookup = prefetched.next()) != null) {
                handedOut.add(lookup.orderId());
            }
            assertThat(handedOut).isEqualTo(ids);
            assertThat(prefetched.next()).as("after the last").isNull();
        }
        // Batches are fetched in parallel: in which order they reached the OMS is the scheduler's business.
        assertThat(oms.batches).extracting(List::size).containsExactlyInAnyOrder(100, 100, 50);
        assertThat(oms.batches.stream().flatMap(List::stream).sorted()).as("each id fetched once").containsExactlyElementsOf(ids);
    }

    @Test
    void fetches_ahead_of_the_reader_but_never_more_than_the_batches_allowed() {
        CountingIds ids = new CountingIds(ids(1_000));
        try (PrefetchedOrders prefetched = prefetched(ids, 10)) {
            prefetched.next();

            // The reader holds the first batch; three more are fetched, and the lister, with the next ten ids in
            // hand, waits for the reader to take one: nothing more is listed or fetched until it does.
            awaitListerWaiting(() -> ids.taken.get() == 50);
            assertThat(oms.batches).hasSize(4);

            for (int i = 1; i < 11; i++) {
                prefetched.next();
            }
            awaitListerWaiting(() -> ids.taken.get() == 60);
            assertThat(oms.batches).as("one batch taken by the reader, one more fetched").hasSize(5);
        }
    }

    @Test
    void only_the_ids_the_filter_keeps_are_fetched_and_handed_out() {
        UnaryOperator<List<String>> everyOther = batch -> IntStream.range(0, batch.size()).filter(i -> i % 2 == 0).mapToObj(batch::get).toList();
        List<String> handedOut = new ArrayList<>();
        try (PrefetchedOrders prefetched = new PrefetchedOrders(oms, ids(20).iterator(), 10, 3, everyOther)) {
            Lookup lookup;
            while ((lookup = prefetched.next()) != null) {
                handedOut.add(lookup.orderId());
            }
        }
        List<String> kept = IntStream.range(0, 20).filter(i -> i % 2 == 0).mapToObj(DemoCatalog::orderId).toList();
        assertThat(handedOut).isEqualTo(kept);
        assertThat(oms.batches.stream().flatMap(List::stream).sorted()).containsExactlyElementsOf(kept);
    }

    @Test
    void an_oms_failure_surfaces_when_the_reader_reaches_that_batch_not_before() {
        oms.failWith = DemoCatalog.orderId(10);
        try (PrefetchedOrders prefetched = prefetched(ids(30).iterator(), 10)) {
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
        try (PrefetchedOrders prefetched = prefetched(failing, 10)) {
            assertThatThrownBy(prefetched::next).hasMessage("List orders failed");
        }
    }

    @Test
    void an_error_in_the_listing_reaches_the_reader_instead_of_leaving_it_waiting() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space (simulated)");
        Iterator<String> failing = Stream.<String>generate(() -> {
            throw error;
        }).iterator();
        try (PrefetchedOrders prefetched = prefetched(failing, 10)) {
            assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(prefetched::next).isSameAs(error));
        }
    }

    @Test
    void an_error_in_a_fetch_reaches_the_reader_as_it_is() {
        oms.errorWith = DemoCatalog.orderId(0);
        try (PrefetchedOrders prefetched = prefetched(ids(30).iterator(), 10)) {
            assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(prefetched::next)
                    .isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space (simulated)"));
        }
    }

    @Test
    void close_never_interrupts_the_lister_inside_its_filter_and_a_read_after_it_fails_instead_of_ending() throws Exception {
        // The filter asks the database (HSQLDB file I/O): an interrupt there would close the file's channel under the job.
        CountDownLatch inFilter = new CountDownLatch(1);
        CountDownLatch closing = new CountDownLatch(1);
        AtomicInteger interruptedInFilter = new AtomicInteger();
        UnaryOperator<List<String>> slowQuery = batch -> {
            inFilter.countDown();
            try {
                closing.await();
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException e) {
                interruptedInFilter.incrementAndGet();
                Thread.currentThread().interrupt();
            }
            return batch;
        };
        PrefetchedOrders prefetched = new PrefetchedOrders(oms, ids(30).iterator(), 10, 3, slowQuery);
        Thread reader = new Thread(() -> assertThatThrownBy(prefetched::next).hasMessageContaining("closed"));
        reader.start();
        assertTimeoutPreemptively(HANG, () -> {
            inFilter.await();
            closing.countDown();
            prefetched.close();
            reader.join();
        });

        assertThat(interruptedInFilter).as("the lister was interrupted inside its database query").hasValue(0);
        assertTimeoutPreemptively(HANG, () -> assertThatThrownBy(prefetched::next)
                .as("a closed reader is never taken for an exhausted one").hasMessageContaining("closed"));
    }

    @Test
    void after_a_failure_close_leaves_no_fetch_running() {
        oms.errorWith = DemoCatalog.orderId(0);
        oms.blockAllOthers = true;
        PrefetchedOrders prefetched = prefetched(ids(30).iterator(), 10);
        assertTimeoutPreemptively(HANG, () -> {
            assertThatThrownBy(prefetched::next).isInstanceOf(OutOfMemoryError.class);
            // The two batches fetched ahead of the failed one are waiting on an OMS that does not answer.
            awaitUntil(() -> oms.running.get() == 2);

            prefetched.close();

            assertThat(oms.running).as("fetches still running once closed").hasValue(0);
            assertThat(oms.interrupted).as("fetches stopped by an interrupt").hasValue(2);
        });
    }

    private static List<String> ids(int count) {
        return IntStream.range(0, count).mapToObj(DemoCatalog::orderId).toList();
    }

    /** Waits until the condition holds and the lister is blocked (it only ever blocks waiting for a free batch). */
    private static void awaitListerWaiting(BooleanSupplier condition) {
        assertTimeoutPreemptively(HANG, () -> awaitUntil(() -> condition.getAsBoolean() && Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("order-list"))
                .max(Comparator.comparingLong(Thread::getId))
                .map(thread -> thread.getState() == Thread.State.WAITING).orElse(false)));
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    /** The ids, counting how many the lister has taken. */
    private static final class CountingIds implements Iterator<String> {
        private final Iterator<String> ids;
        final AtomicInteger taken = new AtomicInteger();

        CountingIds(List<String> ids) {
            this.ids = ids.iterator();
        }

        @Override
        public boolean hasNext() {
            return ids.hasNext();
        }

        @Override
        public String next() {
            taken.incrementAndGet();
            return ids.next();
        }
    }

    /** An OMS that answers at once and remembers the batches asked for, or fails, or never answers until interrupted. */
    private static final class RecordingOms extends GetOrderOnlyOms {
        final ConcurrentLinkedQueue<List<String>> batches = new ConcurrentLinkedQueue<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger interrupted = new AtomicInteger();
        private final CountDownLatch never = new CountDownLatch(1);
        /** A batch holding this id fails as an OMS that is down fails. */
        volatile String failWith = "";
        /** A batch holding this id fails with an Error, as a fetch thread out of memory does. */
        volatile String errorWith = "";
        /** Every batch but the one failing with an Error waits for an answer that never comes. */
        volatile boolean blockAllOthers;

        @Override
        public List<Lookup> orders(List<String> orderIds) {
            batches.add(orderIds);
            if (orderIds.contains(failWith)) {
                throw new IllegalStateException("VTEX OMS unavailable");
            }
            if (orderIds.contains(errorWith)) {
                throw new OutOfMemoryError("Java heap space (simulated)");
            }
            if (blockAllOthers) {
                running.incrementAndGet();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                } finally {
                    running.decrementAndGet();
                }
            }
            return orderIds.stream().map(id -> Lookup.failed(id, "not needed here")).toList();
        }
    }
}
