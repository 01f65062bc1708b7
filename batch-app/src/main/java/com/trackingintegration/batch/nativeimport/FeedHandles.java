package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.port.OrderFeed;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Orders Feed handles of the orders being imported. A handle is committed to VTEX only after the chunk that
 * processed its order has committed here: if the process dies before, the event comes back after the feed's
 * visibility timeout and is processed again (the ledger keeps that from sending anything twice).
 */
class FeedHandles {

    private final OrderFeed feed;
    private final Map<String, List<String>> byOrder = new ConcurrentHashMap<>();

    FeedHandles(OrderFeed feed) {
        this.feed = feed;
    }

    void read(String orderId, String handle) {
        byOrder.computeIfAbsent(orderId, id -> new ArrayList<>()).add(handle);
    }

    /** Called inside the chunk's transaction: the orders' handles go to VTEX once it commits, not before. */
    void commitAfterTransaction(Collection<String> orderIds) {
        List<String> handles = new ArrayList<>();
        orderIds.forEach(id -> handles.addAll(byOrder.getOrDefault(id, List.of())));
        if (handles.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                feed.commit(handles);
                orderIds.forEach(byOrder::remove);
            }
        });
    }
}
