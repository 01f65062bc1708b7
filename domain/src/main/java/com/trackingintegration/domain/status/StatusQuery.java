package com.trackingintegration.domain.status;

import java.time.LocalDate;

/**
 * One query for the delivery services in a status whose dates fall in [from, to].
 *
 * @param key the query as VTEX Tracking sees it: what the caller's QueryHistory remembers, for VTEX's six-hour rule
 */
public record StatusQuery(TrackingStatus status, LocalDate from, LocalDate to, String key) {

    public StatusQuery {
        if (status == null || from == null || to == null || to.isBefore(from) || key == null || key.isBlank()) {
            throw new IllegalArgumentException("status query " + key + ": a status, a key and a period from " + from + " to " + to + " are required");
        }
    }
}
