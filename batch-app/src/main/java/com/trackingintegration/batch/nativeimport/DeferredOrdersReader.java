package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.store.JdbcDeferredOrders;
import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.function.UnaryOperator;

/**
 * The orders still waiting for their route, tried again by every run. The state saved is the last order id read,
 * not a count: the table shrinks as orders leave it, so a count would skip some on restart.
 */
class DeferredOrdersReader implements ItemStreamReader<Lookup> {

    private static final String AFTER = "deferredOrders.after";

    private final JdbcDeferredOrders deferred;
    private final long jobInstanceId;
    private final InvoicedOrders orders;
    private final int fetchBatch;
    private PrefetchedOrders prefetched;
    private String lastRead = "";

    DeferredOrdersReader(JdbcDeferredOrders deferred, InvoicedOrders orders, long jobInstanceId, int fetchBatch) {
        this.deferred = deferred;
        this.jobInstanceId = jobInstanceId;
        this.orders = orders;
        this.fetchBatch = fetchBatch;
    }

    @Override
    public void open(ExecutionContext context) {
        lastRead = context.containsKey(AFTER) ? context.getString(AFTER) : "";
        // Each waiting order is one row, and the query leaves out those this run already judged (they wait under its
        // job instance, or left the table in the chunk that settled them): every id it gives is to fetch.
        prefetched = new PrefetchedOrders(orders, deferred.orderIds(lastRead, jobInstanceId).iterator(), fetchBatch,
                PrefetchedOrders.BATCHES_AHEAD, UnaryOperator.identity());
    }

    @Override
    public Lookup read() {
        Lookup lookup = prefetched.next();
        if (lookup != null) {
            lastRead = lookup.orderId();
        }
        return lookup;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(AFTER, lastRead);
    }

    @Override
    public void close() {
        if (prefetched != null) {
            prefetched.close();
            prefetched = null;
        }
    }
}
