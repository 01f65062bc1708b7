package com.trackingintegration.batch.externalimport;

import com.trackingintegration.batch.store.JdbcExternalOrders;
import com.trackingintegration.batch.store.JdbcExternalOrders.Pending;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * External orders not yet in VTEX Tracking, by OMS order id. The state saved is the last id read: orders leave the
 * pending set as they advance, so a count would skip some on restart.
 */
class PendingExternalOrdersReader implements ItemStreamReader<Pending> {

    private static final String AFTER = "externalAdvance.after";

    private final JdbcExternalOrders externalOrders;
    private final int pageSize;
    private final Deque<Pending> page = new ArrayDeque<>();
    private String lastRead = "";
    private boolean exhausted;

    /** @param pageSize orders loaded at a time: the pending set can be a whole ERP backlog */
    PendingExternalOrdersReader(JdbcExternalOrders externalOrders, int pageSize) {
        this.externalOrders = externalOrders;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        lastRead = context.containsKey(AFTER) ? context.getString(AFTER) : "";
    }

    @Override
    public Pending read() {
        if (page.isEmpty() && !exhausted) {
            List<Pending> next = externalOrders.pending(lastRead, pageSize);
            page.addAll(next);
            exhausted = next.size() < pageSize;
        }
        Pending next = page.poll();
        if (next != null) {
            lastRead = next.omsOrderId();
        }
        return next;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(AFTER, lastRead);
    }
}
