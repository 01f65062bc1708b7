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
 * The Orders Feed handles of the orders being imported or fetched ahead. A handle is committed to VTEX only after the
 * chunk that processed its order has committed here: if the process dies before, the event comes back after the
 * feed's visibility timeout and is processed again (the ledger keeps that from sending anything twice).
 *
 * <p>Handles are added by the prefetch's background thread while the step's thread commits others: the handles of
 * an order are taken at the moment its chunk has committed, so a repeat read while the chunk was being written goes
 * with them. The chunk's orders must leave {@link OrdersSeen} before (its synchronization registered first): a repeat
 * read after that is found done in the database and committed at once, never left here with no chunk to take it.
 */
class FeedHandles {

    private final OrderFeed feed;
    private final Map<String, List<String>> byOrder = new ConcurrentHashMap<>();

    FeedHandles(OrderFeed feed) {
        this.feed = feed;
    }

    void read(String orderId, String handle) {
        byOrder.compute(orderId, (id, handles) -> {
            List<String> all = handles == null ? new ArrayList<>() : handles;
            all.add(handle);
            return all;
        });
    }

    /** How many orders have handles waiting: bounded by what the reader holds ahead. */
    int ordersWaiting() {
        return byOrder.size();
    }

    /** Called inside the chunk's transaction: the orders' handles go to VTEX once it commits, not before. */
    void commitAfterTransaction(Collection<String> orderIds) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                List<String> handles = new ArrayList<>();
                orderIds.forEach(id -> {
                    List<String> ofOrder = byOrder.remove(id);
                    if (ofOrder != null) {
                        handles.addAll(ofOrder);
                    }
                });
                if (!handles.isEmpty()) {
                    feed.commit(handles);
                }
            }
        });
    }
}
