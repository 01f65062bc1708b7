package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.store.JdbcDeferredOrders;
import com.trackingintegration.domain.integration.Disposition;
import com.trackingintegration.domain.integration.OrderDecision;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a chunk's orders that wait for their route are kept, in the chunk's transaction: native orders in the
 * deferred orders, so the next run reads them again; external orders in their own state, which says so already.
 */
public interface RouteWaits {

    void note(List<? extends OrderDecision> decisions);

    /** External orders: their stored state ({@code ExternalStateWriter}) is what brings them back. */
    RouteWaits IN_EXTERNAL_STATE = decisions -> {
    };

    /** Native orders: a waiting order is deferred for the job instance's next run, any other one settled. */
    static RouteWaits deferred(JdbcDeferredOrders deferred, long jobInstanceId) {
        return decisions -> {
            List<String> settled = new ArrayList<>();
            for (OrderDecision decision : decisions) {
                if (decision.verdicts().stream().anyMatch(v -> v.disposition() == Disposition.DEFER)) {
                    deferred.defer(decision.orderId(), jobInstanceId);
                } else {
                    settled.add(decision.orderId());
                }
            }
            deferred.settle(settled);
        };
    }
}
