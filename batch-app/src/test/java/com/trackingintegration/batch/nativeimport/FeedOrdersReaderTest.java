package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.domain.port.OrderFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The feed's reader without Spring: what it hands out, what it fetches, and how far it reads ahead of the chunk (seen
 * by waiting until its background thread blocks, then counting), never its timing. Commits are the job tests' business
 * (NativeImportFeedTest): no chunk commits here, so no handle of a fresh order is ever committed.
 */
class FeedOrdersReaderTest {

    private static final Duration HANG = Duration.ofSeconds(20);
    private static final int CHUNK = 2;

    private final QueueFeed feed = new QueueFeed();
    private final FetchingOms oms = new FetchingOms();
    private final FeedHandles handles = new FeedHandles(feed);
    private final FeedOrdersReader reader = new FeedOrdersReader(feed, oms, handles, new OrdersSeen(ids -> Set.of()), CHUNK);

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void reads_lots_ahead_of_the_chunk_but_never_holds_more_than_its_bound_whatever_the_feed_holds() {
        for (int i = 0; i < 10_000; i++) {
            feed.add("o" + i, "h" + i);
        }
        reader.open(new ExecutionContext());

        assertThat(reader.read().orderId()).isEqualTo("o0");

        // The reader holds the first lot; lotsAhead more are fetched, and the background thread, with one more lot's
        // ids in hand (and at most one more lot's being sorted out), waits for the reader to take one: nothing more is
        // read from the feed or fetched until it does.
        int bound = (FeedOrdersReader.lotsAhead(CHUNK) + 3) * FeedLots.LOT;
        awaitBackgroundBlockedOrDone();
        assertThat(feed.eventsRead.get()).as("events read from the feed, of 10,000").isLessThanOrEqualTo(bound);
        assertThat(oms.fetched).as("orders fetched").hasSizeLessThanOrEqualTo(bound);
        assertThat(handles.ordersWaiting()).as("orders whose handles are held").isLessThanOrEqualTo(bound);
        assertThat(oms.fetched).as("but it does read ahead").hasSizeGreaterThan(FeedLots.LOT);
    }

    @Test
    void an_order_repeated_in_a_lot_and_across_lots_is_fetched_and_handed_out_once() {
        feed.add("a", "h1");
        feed.add("b", "h2");
        feed.add("a", "h3");
        feed.add("c", "h4");
        for (int i = 0; i < 8; i++) {
            feed.add("b", "h-b" + i);
        }
        feed.add("d", "h5");
        reader.open(new ExecutionContext());

        List<String> handedOut = new ArrayList<>();
        for (Lookup lookup = reader.read(); lookup != null; lookup = reader.read()) {
            handedOut.add(lookup.orderId());
        }

        assertThat(handedOut).containsExactly("a", "b", "c", "d");
        assertThat(oms.fetched).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(handles.ordersWaiting()).as("every handle waits for its order's chunk, repeats included").isEqualTo(4);
        assertThat(feed.committed).as("nothing committed before a chunk commits").isEmpty();
    }

    private static void awaitBackgroundBlockedOrDone() {
        assertTimeoutPreemptively(HANG, () -> {
            while (!backgroundBlockedOrDone()) {
                TimeUnit.MILLISECONDS.sleep(5);
            }
        });
    }

    private static boolean backgroundBlockedOrDone() {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals("order-list"))
                .max(Comparator.comparingLong(Thread::getId))
                .map(thread -> thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TERMINATED).orElse(false);
    }

    /** An Orders Feed in memory that never shows an item twice (no visibility timeout passes here). */
    private static final class QueueFeed implements OrderFeed {
        private final ConcurrentLinkedQueue<OrderEvent> events = new ConcurrentLinkedQueue<>();
        final AtomicInteger eventsRead = new AtomicInteger();
        final ConcurrentLinkedQueue<String> committed = new ConcurrentLinkedQueue<>();

        void add(String orderId, String handle) {
            events.add(new OrderEvent(orderId, "invoiced", handle));
        }

        @Override
        public List<OrderEvent> next(int max) {
            List<OrderEvent> lot = new ArrayList<>();
            OrderEvent event;
            while (lot.size() < max && (event = events.poll()) != null) {
                lot.add(event);
            }
            eventsRead.addAndGet(lot.size());
            return lot;
        }

        @Override
        public void commit(Collection<String> handles) {
            committed.addAll(handles);
        }
    }

    private static final class FetchingOms extends GetOrderOnlyOms {
        final ConcurrentLinkedQueue<String> fetched = new ConcurrentLinkedQueue<>();

        @Override
        public List<Lookup> orders(List<String> orderIds) {
            fetched.addAll(orderIds);
            return orderIds.stream().map(id -> Lookup.failed(id, "not needed here")).toList();
        }
    }
}
