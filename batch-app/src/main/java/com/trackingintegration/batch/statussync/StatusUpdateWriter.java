package com.trackingintegration.batch.statussync;

import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.batch.store.JdbcSentStatuses;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.port.OrderTrackingUpdates;
import com.trackingintegration.domain.status.OmsTrackingUpdate;
import com.trackingintegration.http.ClientErrorException;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells the OMS each status change (tracking number, then events), records it as sent in the chunk's transaction,
 * and reports it. The OMS calls carry the whole state, so a change sent again after a crash changes nothing. An
 * invoice the OMS refuses is reported with its answer and tried again when VTEX Tracking next reports it.
 */
class StatusUpdateWriter implements ItemWriter<StatusSyncProcessor.Change> {

    private final OrderTrackingUpdates oms;
    private final JdbcSentStatuses sent;
    private final JdbcOutcomes outcomes;
    private final long executionId;

    StatusUpdateWriter(OrderTrackingUpdates oms, JdbcSentStatuses sent, JdbcOutcomes outcomes, long executionId) {
        this.oms = oms;
        this.sent = sent;
        this.outcomes = outcomes;
        this.executionId = executionId;
    }

    @Override
    public void write(Chunk<? extends StatusSyncProcessor.Change> chunk) {
        List<JdbcOutcomes.Row> rows = new ArrayList<>();
        for (StatusSyncProcessor.Change change : chunk) {
            OmsTrackingUpdate update = change.update();
            try {
                oms.send(update);
                sent.sent(change.key(), executionId);
                rows.add(new JdbcOutcomes.Row(update.orderId(), update.invoiceNumber(), Outcome.IMPORTED, Reason.STATUS_UPDATED, change.status()));
            } catch (ClientErrorException refused) {
                rows.add(new JdbcOutcomes.Row(update.orderId(), update.invoiceNumber(), Outcome.REJECTED, Reason.REFUSED_BY_OMS, refused.getMessage()));
            }
        }
        outcomes.add(executionId, rows);
    }
}
