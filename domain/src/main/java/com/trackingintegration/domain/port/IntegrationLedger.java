package com.trackingintegration.domain.port;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.integration.OrderDecision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What was already sent to VTEX Tracking, delivery service by delivery service (order, invoice number and series), so
 * nothing is ever sent twice, and what was being sent when a run stopped, so that nothing is lost either.
 *
 * <p>A send goes in two steps: {@link #markPending} before it, committed on its own, and {@link #record} after
 * VTEX Tracking answered, with the rest of the chunk's work. A mark never followed by an answer is what a restart
 * asks VTEX Tracking about ({@link #pendingAmong}). A version marked pending or refused never erases the version
 * VTEX Tracking acknowledged before it.
 */
public interface IntegrationLedger {

    /**
     * The fingerprint of the version VTEX Tracking last acknowledged for this delivery service, if it took any. A
     * version sent since and not yet answered (pending) or refused does not replace it.
     */
    Optional<Fingerprint> lastSent(DeliveryServiceId service);

    /** Records how VTEX Tracking answered each send; in the caller's unit of work (the chunk's). */
    void record(List<Entry> entries);

    /**
     * Marks each request's delivery service as being sent, with its fingerprint, by the run {@code runId}: to be
     * committed on its own just before the send, so that a process dying during the send leaves the mark behind.
     */
    void markPending(List<DeliveryServiceRequest> requests, long runId);

    /** The sends begun and never answered among these orders' delivery services. */
    List<Pending> pendingAmong(Collection<String> orderIds);

    /** Notes when the OMS invoiced each decision's order (decisions without the date change nothing), for reconcile. */
    void noteInvoicedAt(List<? extends OrderDecision> decisions);

    /** One delivery service sent, with what was sent and how VTEX Tracking answered. */
    record Entry(DeliveryServiceId service, Fingerprint fingerprint, boolean accepted, String message) {
    }

    /**
     * A send begun and never answered (the process died in between): what was being sent, and how many versions VTEX
     * Tracking had acknowledged before it.
     */
    record Pending(DeliveryServiceId service, Fingerprint fingerprint, int acknowledgedVersions) {
    }
}
