package com.trackingintegration.domain.reconcile;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.Fingerprint;

import java.util.Optional;

/**
 * What the ledger says of one delivery service, as reconcile needs it.
 *
 * @param acknowledged the fingerprint of the version VTEX Tracking last took, if it took any
 * @param pending      a send was begun and never answered (a crash): whether Tracking took it is for the look-up to say
 * @param removed      reconcile removed its packing list (returned, canceled): it is not expected in Tracking any more
 */
public record LedgerState(DeliveryServiceId service, Optional<Fingerprint> acknowledged, boolean pending, boolean removed) {

    public LedgerState {
        if (service == null) {
            throw new IllegalArgumentException("a ledger state names its delivery service");
        }
        acknowledged = acknowledged == null ? Optional.empty() : acknowledged;
    }

    /** Sent, or perhaps sent: Tracking may hold it, and reconcile must look. */
    public boolean mayBeInTracking() {
        return !removed && (acknowledged.isPresent() || pending);
    }
}
