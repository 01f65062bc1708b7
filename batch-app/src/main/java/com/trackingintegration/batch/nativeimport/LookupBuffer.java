package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Full orders fetched a batch at a time from their ids, so one chunk's Get order calls run in parallel (the OMS
 * adapter bounds how many at once). Holds at most one batch.
 */
final class LookupBuffer {

    private final InvoicedOrders orders;
    private final int batchSize;
    private final Deque<Lookup> buffer = new ArrayDeque<>();

    LookupBuffer(InvoicedOrders orders, int batchSize) {
        this.orders = orders;
        this.batchSize = batchSize;
    }

    Lookup next(Iterator<String> ids) {
        if (buffer.isEmpty()) {
            List<String> batch = new ArrayList<>(batchSize);
            while (batch.size() < batchSize && ids.hasNext()) {
                batch.add(ids.next());
            }
            if (!batch.isEmpty()) {
                buffer.addAll(orders.orders(batch));
            }
        }
        return buffer.poll();
    }

    void clear() {
        buffer.clear();
    }
}
