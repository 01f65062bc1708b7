package com.trackingintegration.batch.statussync;

import com.trackingintegration.batch.store.JdbcSentStatuses;
import com.trackingintegration.domain.status.ReportedStatus;
import com.trackingintegration.domain.status.ServiceStatus;
import com.trackingintegration.domain.status.StatusUpdates;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** A status VTEX Tracking reports, as the event it adds to its invoice's timeline, unless that change was already sent. */
class StatusSyncProcessor implements ItemProcessor<ServiceStatus, StatusSyncProcessor.Change> {

    private final StatusUpdates updates;
    private final JdbcSentStatuses sent;

    StatusSyncProcessor(StatusUpdates updates, JdbcSentStatuses sent) {
        this.updates = updates;
        this.sent = sent;
    }

    @Override
    public Change process(ServiceStatus status) {
        if (sent.wasSent(status.changeKey())) {
            return null;
        }
        return updates.reported(status).map(reported -> new Change(status, reported)).orElse(null);
    }

    /** One status change to tell the OMS. */
    record Change(ServiceStatus status, ReportedStatus reported) {
    }
}
