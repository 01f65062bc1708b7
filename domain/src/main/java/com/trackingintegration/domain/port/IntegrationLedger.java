package com.trackingintegration.domain.port;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.Fingerprint;

import java.util.List;
import java.util.Optional;

/**
 * What was already sent to VTEX Tracking, delivery service by delivery service (order, invoice number and series), so
 * nothing is ever sent twice.
 */
public interface IntegrationLedger {

    /**
     * The fingerprint of the version VTEX Tracking last acknowledged for this delivery service, if it took any. A
     * version sent since and not yet answered (pending) or refused does not replace it.
     */
    Optional<Fingerprint> lastSent(DeliveryServiceId service);

    void record(List<Entry> entries);

    /** One delivery service sent, with what was sent and how VTEX Tracking answered. */
    record Entry(DeliveryServiceId service, Fingerprint fingerprint, boolean accepted, String message) {
    }
}
