package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.store.JdbcDeferredOrders;
import com.trackingintegration.batch.store.JdbcIntegrationLedger;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.integration.Disposition;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.integration.Verdict;
import com.trackingintegration.domain.port.DeliveryServices.SendResult;
import com.trackingintegration.domain.port.IntegrationLedger.Entry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What became of a chunk, in the chunk's transaction: the ledger (once per delivery service), every order's outcome,
 * and, for native orders, which wait for their route.
 */
final class ChunkRecorder {

    private final JdbcIntegrationLedger ledger;
    private final JdbcOutcomes outcomes;
    private final JdbcDeferredOrders deferred;
    private final long executionId;
    private final long jobInstanceId;

    /** @param deferred null for external orders, which keep their own state */
    ChunkRecorder(JdbcIntegrationLedger ledger, JdbcOutcomes outcomes, JdbcDeferredOrders deferred, long executionId, long jobInstanceId) {
        this.ledger = ledger;
        this.outcomes = outcomes;
        this.deferred = deferred;
        this.executionId = executionId;
        this.jobInstanceId = jobInstanceId;
    }

    /**
     * @param requests       the chunk's requests, one per delivery service
     * @param results        VTEX Tracking's answer per delivery service
     * @param arrivedEarlier earlier versions found in Tracking after a restart, recorded before the answers
     */
    void record(List<? extends OrderDecision> decisions, Collection<DeliveryServiceRequest> requests, Map<DeliveryServiceId, SendResult> results,
                List<Entry> arrivedEarlier) {
        List<Entry> entries = new ArrayList<>(arrivedEarlier);
        for (DeliveryServiceRequest request : requests) {
            SendResult result = answer(results, request.service().id());
            entries.add(new Entry(request.service().id(), request.fingerprint(), result.accepted(), result.message()));
        }
        ledger.record(entries);
        ledger.noteInvoicedAt(decisions);
        outcomes.add(executionId, decisions.stream().flatMap(d -> d.verdicts().stream()).map(v -> row(v, results)).toList());
        if (deferred != null) {
            wait(decisions);
        }
    }

    private static SendResult answer(Map<DeliveryServiceId, SendResult> results, DeliveryServiceId id) {
        SendResult result = results.get(id);
        return result != null ? result : new SendResult(id, false, "VTEX Tracking gave no answer for this invoice");
    }

    private static JdbcOutcomes.Row row(Verdict verdict, Map<DeliveryServiceId, SendResult> results) {
        if (verdict.request().isEmpty()) {
            return new JdbcOutcomes.Row(verdict.orderId(), verdict.invoiceNumber(), Outcome.of(verdict.reason()), verdict.reason(), verdict.detail());
        }
        SendResult result = answer(results, verdict.request().get().service().id());
        // An accepted send keeps the verdict's detail (e.g. "scheduled 2026-12-02 afternoon"): what the report shows of it.
        return result.accepted() ? new JdbcOutcomes.Row(verdict.orderId(), verdict.invoiceNumber(), Outcome.IMPORTED, Reason.READY, verdict.detail())
                : new JdbcOutcomes.Row(verdict.orderId(), verdict.invoiceNumber(), Outcome.REJECTED, Reason.REFUSED_BY_TRACKING, result.message());
    }

    private void wait(List<? extends OrderDecision> decisions) {
        List<String> settled = new ArrayList<>();
        for (OrderDecision decision : decisions) {
            if (decision.verdicts().stream().anyMatch(v -> v.disposition() == Disposition.DEFER)) {
                deferred.defer(decision.orderId(), jobInstanceId);
            } else {
                settled.add(decision.orderId());
            }
        }
        deferred.settle(settled);
    }
}
