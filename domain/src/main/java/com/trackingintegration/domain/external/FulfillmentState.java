package com.trackingintegration.domain.external;

import java.util.Optional;

/**
 * How far an external order has gone through VTEX's fulfillment flow, in the order of VTEX's guide for VTEX Tracking
 * ("Integrating external orders via API"): place, authorize dispatch, start handling, invoice; then VTEX Tracking.
 * The state is saved after each step, so a restarted job never repeats a step that was done.
 */
public enum FulfillmentState {
    NEW, PLACED, DISPATCH_AUTHORIZED, HANDLING_STARTED, INVOICED, SENT_TO_TRACKING;

    public Optional<FulfillmentState> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** Invoiced in the OMS: from here on the order follows the native path into VTEX Tracking. */
    public boolean isInvoiced() {
        return compareTo(INVOICED) >= 0;
    }
}
