package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.domain.port.OrderFeed;
import com.trackingintegration.domain.port.OrderFeed.OrderEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders the Orders Feed reports invoiced, until the feed is empty, fetched ten at a time (the feed's lot). The
 * feed itself is the restart state: what was not committed comes back.
 *
 * <p>The feed delivers duplicates by design, in one lot or across lots, and an item read but not committed comes
 * back after the visibility timeout. Each order is handed out once per run: a repeat of an order still in flight
 * has its handle committed with that order's chunk; a repeat of an order this run already did is committed at once.
 */
class FeedOrdersReader implements ItemStreamReader<Lookup> {

    static final int LOT = 10;

    private static final Logger log = LoggerFactory.getLogger(FeedOrdersReader.class);

    private final OrderFeed feed;
    private final InvoicedOrders orders;
    private final FeedHandles handles;
    private final OrdersSeen seen;
    private final Deque<Lookup> buffer = new ArrayDeque<>();

    FeedOrdersReader(OrderFeed feed, InvoicedOrders orders, FeedHandles handles, OrdersSeen seen) {
        this.feed = feed;
        this.orders = orders;
        this.handles = handles;
        this.seen = seen;
    }

    @Override
    public Lookup read() {
        while (buffer.isEmpty()) {
            List<OrderEvent> events = feed.next(LOT);
            if (events.isEmpty()) {
                return null;
            }
            Map<String, List<String>> handlesByOrder = new LinkedHashMap<>();
            events.forEach(event -> handlesByOrder.computeIfAbsent(event.orderId(), id -> new ArrayList<>()).add(event.handle()));
            OrdersSeen.Sorted sorted = seen.claim(handlesByOrder.keySet());
            feed.commit(sorted.done().stream().flatMap(id -> handlesByOrder.get(id).stream()).toList());
            sorted.inFlight().forEach(id -> handlesByOrder.get(id).forEach(handle -> handles.read(id, handle)));
            sorted.fresh().forEach(id -> handlesByOrder.get(id).forEach(handle -> handles.read(id, handle)));
            if (sorted.fresh().isEmpty() && sorted.done().isEmpty()) {
                // Only orders of the chunk being read: the feed shows an item again once its visibility timeout has
                // passed, so it is giving back what this chunk holds. Reading on would get the same items forever
                // and the chunk would never commit; ending here commits them, and the next run reads the rest.
                log.info("The Orders Feed gave back only orders this run is processing (read longer ago than the feed's"
                        + " visibility timeout): reading stops here, the next run goes on with the rest of the feed");
                return null;
            }
            if (!sorted.fresh().isEmpty()) {
                buffer.addAll(orders.orders(sorted.fresh()));
            }
        }
        return buffer.poll();
    }
}
