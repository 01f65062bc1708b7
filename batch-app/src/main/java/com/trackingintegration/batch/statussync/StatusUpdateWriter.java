package com.trackingintegration.batch.statussync;

import com.trackingintegration.domain.port.RequestRefusedException;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.batch.store.JdbcSentStatuses;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.port.OrderTrackingUpdates;
import com.trackingintegration.domain.report.PersonalData;
import com.trackingintegration.domain.status.InvoiceTimeline;
import com.trackingintegration.domain.status.OmsTrackingUpdate;
import com.trackingintegration.domain.status.ServiceStatus;
import com.trackingintegration.domain.status.StatusUpdates;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Tells the OMS each status change with the invoice's whole timeline (the statuses it accepted before, and this one),
 * and commits what became of it at once, in its own transaction, as the ledger's PENDING mark does for VTEX Tracking:
 * a change the OMS accepted is marked sent, joins the invoice's timeline and is reported, so a chunk failing later
 * does not send it again on restart. The chunk's transaction writes none of these tables, so the change's own
 * transaction never waits on a table lock the chunk holds (HSQLDB's default LOCKS mode).
 *
 * <p>A crash between the OMS's answer and that commit sends the change again on restart, which is harmless: the
 * {@code PUT .../tracking} sets the invoice's tracking (whether delivered, and its events), and the same timeline sent
 * again sets the same. Whether the OMS replaces or appends the events is not documented; sending the whole timeline
 * each time loses no event under either reading, where one event per call loses the timeline under the first.
 *
 * <p>An invoice the OMS refuses is reported with its answer and tried again when VTEX Tracking next reports it; its
 * status does not join the timeline, so one refused event cannot get every later update refused.
 */
class StatusUpdateWriter implements ItemWriter<StatusSyncProcessor.Change> {

    private final OrderTrackingUpdates oms;
    private final StatusUpdates updates;
    private final JdbcSentStatuses sent;
    private final JdbcOutcomes outcomes;
    private final TransactionTemplate ownTransaction;
    private final long executionId;

    StatusUpdateWriter(OrderTrackingUpdates oms, StatusUpdates updates, JdbcSentStatuses sent, JdbcOutcomes outcomes,
                       TransactionTemplate ownTransaction, long executionId) {
        this.oms = oms;
        this.updates = updates;
        this.sent = sent;
        this.outcomes = outcomes;
        this.ownTransaction = ownTransaction;
        this.executionId = executionId;
    }

    @Override
    public void write(Chunk<? extends StatusSyncProcessor.Change> chunk) {
        for (StatusSyncProcessor.Change change : chunk) {
            // Checked again here: the same change twice in one chunk (a listing that moved between pages) is sent once.
            if (!sent.wasSent(change.status().changeKey())) {
                tell(change);
            }
        }
    }

    private void tell(StatusSyncProcessor.Change change) {
        ServiceStatus status = change.status();
        InvoiceTimeline timeline = InvoiceTimeline.of(sent.timeline(status.orderId(), status.invoiceNumber()), change.reported());
        OmsTrackingUpdate update = updates.updateFor(status, timeline);
        try {
            oms.send(update);
        } catch (RequestRefusedException refused) {
            ownTransaction.executeWithoutResult(tx -> outcomes.replace(executionId,
                    new JdbcOutcomes.Row(update.orderId(), update.invoiceNumber(), Outcome.REJECTED, Reason.REFUSED_BY_OMS,
                    // VTEX's words may quote the update back: no e-mail address reaches a detail people forward.
                    PersonalData.maskedIn(refused.getMessage(), List.of()))));
            return;
        }
        ownTransaction.executeWithoutResult(tx -> {
            sent.accepted(status, change.reported(), executionId);
            outcomes.replace(executionId, new JdbcOutcomes.Row(update.orderId(), update.invoiceNumber(), Outcome.IMPORTED,
                    Reason.STATUS_UPDATED, status.status().apiValue()));
        });
    }
}
