package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The orders invoiced in the run's window. Restartable: the count of orders read is saved with each chunk, and a
 * restart lists the same window again (invoiced is a final status, and the window ends before the indexing lag, so
 * the list is the same) and skips that many ids without fetching them.
 */
class WindowOrdersReader extends AbstractItemCountingItemStreamItemReader<Lookup> {

    private final InvoicedOrders orders;
    private final TimeWindow window;
    private final int fetchBatch;
    private Stream<String> stream;
    private Iterator<String> ids;
    private PrefetchedOrders prefetched;

    WindowOrdersReader(InvoicedOrders orders, TimeWindow window, int fetchBatch) {
        this.orders = orders;
        this.window = window;
        this.fetchBatch = fetchBatch;
        setName("windowOrders");
    }

    @Override
    protected void doOpen() {
        stream = orders.invoicedIn(window);
        ids = stream.iterator();
    }

    @Override
    protected Lookup doRead() {
        if (prefetched == null) {
            // Started on the first read, after a restart's jumpToItem: the skipped ids are never fetched.
            prefetched = new PrefetchedOrders(orders, ids, fetchBatch, PrefetchedOrders.BATCHES_AHEAD);
        }
        return prefetched.next();
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        for (int i = 0; i < itemIndex && ids.hasNext(); i++) {
            ids.next();
        }
    }

    @Override
    protected void doClose() {
        if (prefetched != null) {
            prefetched.close();
            prefetched = null;
        }
        if (stream != null) {
            stream.close();
        }
    }
}
