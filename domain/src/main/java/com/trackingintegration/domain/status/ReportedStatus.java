package com.trackingintegration.domain.status;

import java.time.OffsetDateTime;

/**
 * A status VTEX Tracking reported for an invoice, as the event it adds to the invoice's timeline in the OMS.
 *
 * @param at when VTEX Tracking says the service reached the status
 */
public record ReportedStatus(TrackingStatus status, OffsetDateTime at, TrackingEvent event) {

    public ReportedStatus {
        if (status == null || at == null || event == null) {
            throw new IllegalArgumentException("a reported status needs its status, its date and its event");
        }
    }
}
