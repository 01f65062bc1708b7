package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.domain.port.DeliveryServices.SendResult;
import com.trackingintegration.domain.port.IntegrationLedger;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a chunk's delivery services to VTEX Tracking and records what became of every order, in the chunk's
 * transaction. Nothing is sent twice, even across a crash: each delivery service is marked PENDING, in a transaction
 * of its own, just before the send; if the process dies after VTEX Tracking took the batch but before the chunk
 * committed, the restarted chunk finds the mark and asks Tracking first ({@link RestartCheck}). An order read twice
 * into one chunk is sent once: one request per delivery service (order, invoice number and series), the first copy's.
 * Half a chunk refused alike, by the OMS or by Tracking, stops the run instead ({@link SystemicRefusal}).
 */
public class DeliveryServiceWriter implements ItemWriter<OrderDecision> {

    private final DeliveryServices tracking;
    private final IntegrationLedger ledger;
    private final RestartCheck restartCheck;
    private final ChunkRecorder recorder;
    private final TransactionTemplate ownTransaction;
    private final long executionId;

    /** @param waits where orders waiting for their route are kept: native and external orders keep them apart */
    public DeliveryServiceWriter(DeliveryServices tracking, IntegrationLedger ledger, JdbcOutcomes outcomes, RouteWaits waits,
                                 TransactionTemplate ownTransaction, long executionId) {
        this.tracking = tracking;
        this.ledger = ledger;
        this.restartCheck = new RestartCheck(tracking, ledger);
        this.recorder = new ChunkRecorder(ledger, outcomes, waits, executionId);
        this.ownTransaction = ownTransaction;
        this.executionId = executionId;
    }

    @Override
    public void write(Chunk<? extends OrderDecision> chunk) {
        SystemicRefusal.checkOms(chunk.getItems());
        Map<DeliveryServiceId, DeliveryServiceRequest> requests = new LinkedHashMap<>();
        for (OrderDecision decision : chunk) {
            decision.toSend().forEach(request -> requests.putIfAbsent(request.service().id(), request));
        }
        RestartCheck.Checked checked = restartCheck.check(requests.values());
        Map<DeliveryServiceId, SendResult> results = new HashMap<>(checked.found());
        List<DeliveryServiceRequest> toSend = checked.toSend();
        if (!toSend.isEmpty()) {
            ownTransaction.executeWithoutResult(status -> ledger.markPending(toSend, executionId));
            List<SendResult> sent = tracking.send(toSend);
            SystemicRefusal.checkTracking(sent);
            sent.forEach(result -> results.put(result.service(), result));
        }
        recorder.record(chunk.getItems(), requests.values(), results, checked.arrivedEarlier());
    }
}
