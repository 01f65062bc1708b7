package com.trackingintegration.domain.port;

import com.trackingintegration.domain.delivery.Fingerprint;

import java.util.List;
import java.util.Optional;

/** What was already sent to VTEX Tracking, invoice by invoice, so nothing is ever sent twice. */
public interface IntegrationLedger {

    /** The fingerprint of what was last sent for this invoice, if anything was. */
    Optional<Fingerprint> lastSent(String orderId, String invoiceNumber);

    void record(List<Entry> entries);

    /** One invoice sent, with what was sent and how VTEX Tracking answered. */
    record Entry(String orderId, String invoiceNumber, Fingerprint fingerprint, boolean accepted, String message) {
    }
}
