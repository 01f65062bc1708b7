package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.Verdict;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * {@link DeliveryServiceWriter} in a dry run: records each order's outcome as a real run would, what would be sent
 * being {@code WOULD_IMPORT} (its reason and detail kept), and writes nothing else: no pending mark, no send to VTEX
 * Tracking, no ledger entry, no deferred order kept or settled. What was already sent was judged ALREADY_SENT before
 * (the ledger is read as usual). A chunk the OMS refused alike stops the run as in a real one: the prediction would
 * be meaningless.
 */
public class DryRunDeliveryWriter implements ItemWriter<OrderDecision> {

    private final JdbcOutcomes outcomes;
    private final long executionId;

    public DryRunDeliveryWriter(JdbcOutcomes outcomes, long executionId) {
        this.outcomes = outcomes;
        this.executionId = executionId;
    }

    @Override
    public void write(Chunk<? extends OrderDecision> chunk) {
        SystemicRefusal.checkOms(chunk.getItems());
        outcomes.add(executionId, chunk.getItems().stream().flatMap(decision -> decision.verdicts().stream()).map(DryRunDeliveryWriter::predicted).toList());
    }

    private static JdbcOutcomes.Row predicted(Verdict verdict) {
        Outcome real = Outcome.of(verdict.reason());
        return new JdbcOutcomes.Row(verdict.orderId(), verdict.invoiceNumber(), real == Outcome.IMPORTED ? Outcome.WOULD_IMPORT : real,
                verdict.reason(), verdict.detail());
    }
}
