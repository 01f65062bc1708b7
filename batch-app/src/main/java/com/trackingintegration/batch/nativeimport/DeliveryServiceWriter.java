package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.store.JdbcDeferredOrders;
import com.trackingintegration.batch.store.JdbcIntegrationLedger;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.integration.Disposition;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.integration.Verdict;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.domain.port.DeliveryServices.SendResult;
import com.trackingintegration.domain.port.IntegrationLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a chunk's delivery services to VTEX Tracking and records what became of every order, in the chunk's
 * transaction. Nothing is sent twice, even across a crash: each invoice is marked PENDING, in a transaction of its
 * own, just before the send. If the process dies after VTEX Tracking took the batch but before the chunk committed,
 * the restarted chunk finds the PENDING mark and asks VTEX Tracking whether it has the invoice instead of sending
 * it again.
 */
public class DeliveryServiceWriter implements ItemWriter<OrderDecision> {

    private static final Logger log = LoggerFactory.getLogger(DeliveryServiceWriter.class);

    private final DeliveryServices tracking;
    private final JdbcIntegrationLedger ledger;
    private final JdbcOutcomes outcomes;
    private final JdbcDeferredOrders deferred;
    private final TransactionTemplate ownTransaction;
    private final long executionId;
    private final long jobInstanceId;
    private final boolean nativeOrders;

    /**
     * @param deferred where native orders waiting for their route are kept; external orders keep their own state, so
     *                 it is null for them
     */
    public DeliveryServiceWriter(DeliveryServices tracking, JdbcIntegrationLedger ledger, JdbcOutcomes outcomes, JdbcDeferredOrders deferred,
                                 TransactionTemplate ownTransaction, long executionId, long jobInstanceId) {
        this.tracking = tracking;
        this.ledger = ledger;
        this.outcomes = outcomes;
        this.deferred = deferred;
        this.ownTransaction = ownTransaction;
        this.executionId = executionId;
        this.jobInstanceId = jobInstanceId;
        this.nativeOrders = deferred != null;
    }

    @Override
    public void write(Chunk<? extends OrderDecision> chunk) {
        List<DeliveryServiceRequest> toSend = new ArrayList<>();
        Map<String, SendResult> results = new HashMap<>();
        Map<String, Fingerprint> pending = ledger.pendingAmong(chunk.getItems().stream().map(OrderDecision::orderId).toList());
        for (OrderDecision decision : chunk) {
            for (DeliveryServiceRequest request : decision.toSend()) {
                DeliveryServiceId id = request.service().id();
                if (request.fingerprint().equals(pending.get(key(decision.orderId(), id.invoiceNumber()))) && tracking.holds(id)) {
                    log.info("Delivery service {} was sent before the last stop and VTEX Tracking has it: not sent again", id);
                    results.put(key(decision.orderId(), id.invoiceNumber()), new SendResult(id, true, "found in VTEX Tracking after a restart"));
                } else {
                    toSend.add(request);
                }
            }
        }
        if (!toSend.isEmpty()) {
            ownTransaction.executeWithoutResult(status -> ledger.markPending(toSend, executionId));
            for (SendResult result : tracking.send(toSend)) {
                results.put(key(result.service().orderId(), result.service().invoiceNumber()), result);
            }
        }
        record(chunk, results);
    }

    private void record(Chunk<? extends OrderDecision> chunk, Map<String, SendResult> results) {
        List<IntegrationLedger.Entry> entries = new ArrayList<>();
        List<JdbcOutcomes.Row> rows = new ArrayList<>();
        List<String> settled = new ArrayList<>();
        for (OrderDecision decision : chunk) {
            for (Verdict verdict : decision.verdicts()) {
                if (verdict.request().isPresent()) {
                    SendResult result = results.get(key(verdict.orderId(), verdict.invoiceNumber()));
                    boolean accepted = result != null && result.accepted();
                    String message = result == null ? "VTEX Tracking gave no answer for this invoice" : result.message();
                    entries.add(new IntegrationLedger.Entry(verdict.orderId(), verdict.invoiceNumber(), verdict.request().get().fingerprint(), accepted, message));
                    rows.add(accepted ? row(verdict, Outcome.IMPORTED, Reason.READY, "")
                            : row(verdict, Outcome.REJECTED, Reason.REFUSED_BY_TRACKING, message));
                } else {
                    rows.add(row(verdict, Outcome.of(verdict.reason()), verdict.reason(), verdict.detail()));
                }
            }
            if (!nativeOrders) {
                continue;
            }
            if (decision.verdicts().stream().anyMatch(v -> v.disposition() == Disposition.DEFER)) {
                deferred.defer(decision.orderId(), jobInstanceId);
            } else {
                settled.add(decision.orderId());
            }
        }
        if (nativeOrders) {
            deferred.settle(settled);
        }
        ledger.record(entries);
        outcomes.add(executionId, rows);
    }

    private static JdbcOutcomes.Row row(Verdict verdict, Outcome outcome, Reason reason, String detail) {
        return new JdbcOutcomes.Row(verdict.orderId(), verdict.invoiceNumber(), outcome, reason, detail);
    }

    private static String key(String orderId, String invoiceNumber) {
        return JdbcIntegrationLedger.key(orderId, invoiceNumber);
    }
}
