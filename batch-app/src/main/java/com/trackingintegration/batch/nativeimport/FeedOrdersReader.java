package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.domain.port.OrderFeed;
import com.trackingintegration.domain.port.OrderFeed.OrderEvent;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The orders the Orders Feed reports invoiced, until the feed is empty, fetched ten at a time (the feed's lot). The
 * feed itself is the restart state: what was not committed comes back.
 */
class FeedOrdersReader implements ItemStreamReader<Lookup> {

    static final int LOT = 10;

    private final OrderFeed feed;
    private final InvoicedOrders orders;
    private final FeedHandles handles;
    private final Deque<Lookup> buffer = new ArrayDeque<>();

    FeedOrdersReader(OrderFeed feed, InvoicedOrders orders, FeedHandles handles) {
        this.feed = feed;
        this.orders = orders;
        this.handles = handles;
    }

    @Override
    public Lookup read() {
        if (buffer.isEmpty()) {
            List<OrderEvent> events = feed.next(LOT);
            Set<String> orderIds = new LinkedHashSet<>();
            for (OrderEvent event : events) {
                handles.read(event.orderId(), event.handle());
                orderIds.add(event.orderId());
            }
            if (!orderIds.isEmpty()) {
                buffer.addAll(orders.orders(List.copyOf(orderIds)));
            }
        }
        return buffer.poll();
    }
}
