package com.trackingintegration.domain.integration;

/** What happens to an invoice: sent to VTEX Tracking, left out for a reason, tried again later, or refused. */
public enum Disposition {
    DELIVER, SKIP, DEFER, REJECT
}
