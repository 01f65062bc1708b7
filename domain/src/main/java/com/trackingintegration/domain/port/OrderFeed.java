package com.trackingintegration.domain.port;

import java.util.Collection;
import java.util.List;

/**
 * VTEX's Orders Feed: order changes queued for this integration. An event that is read but not committed comes
 * back after a while, which is what makes a crash safe; events can also repeat, so handling one must be idempotent.
 */
public interface OrderFeed {

    /** Up to {@code max} events, without removing them from the feed. */
    List<OrderEvent> next(int max);

    /** Removes the events from the feed: call only once what they caused is durably recorded. */
    void commit(Collection<String> handles);

    /** One change of an order's status, and the handle that commits it. */
    record OrderEvent(String orderId, String state, String handle) {
    }
}
