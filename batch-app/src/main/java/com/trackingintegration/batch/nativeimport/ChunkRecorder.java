package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.integration.Verdict;
import com.trackingintegration.domain.port.DeliveryServices.SendResult;
import com.trackingintegration.domain.port.IntegrationLedger;
import com.trackingintegration.domain.port.IntegrationLedger.Entry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What became of a chunk, in the chunk's transaction: the ledger (once per delivery service), every order's outcome,
 * and which orders wait for their route.
 */
final class ChunkRecorder {

    private final IntegrationLedger ledger;
    private final JdbcOutcomes outcomes;
    private final RouteWaits waits;
    private final long executionId;

    ChunkRecorder(IntegrationLedger ledger, JdbcOutcomes outcomes, RouteWaits waits, long executionId) {
        this.ledger = ledger;
        this.outcomes = outcomes;
        this.waits = waits;
        this.executionId = executionId;
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
        waits.note(decisions);
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
}
