package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * What the native sources (the invoicing window, the Orders Feed) share: orders fetched ahead of the chunk being
 * judged and sent ({@link PrefetchedOrders}), handed out one by one, and the fetching stopped when the step closes.
 * Each source says how it starts.
 */
abstract class PrefetchingReader implements ItemStreamReader<Lookup> {

    private PrefetchedOrders prefetched;

    /** Starts fetching ahead, as the step opens. */
    abstract PrefetchedOrders prefetch();

    @Override
    public void open(ExecutionContext context) {
        prefetched = prefetch();
    }

    @Override
    public Lookup read() {
        return prefetched.next();
    }

    @Override
    public void close() {
        if (prefetched != null) {
            prefetched.close();
            prefetched = null;
        }
    }
}
