package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.DeliveryServiceRequest;

import java.util.Optional;

/**
 * The decision for one invoice of an order, or for the whole order when {@code invoiceNumber} is empty (a canceled
 * order has no invoice to speak of). Only a {@link Reason#READY} verdict carries a request to send.
 *
 * @param detail what the operator needs to act: the field and the value at fault, the status found...
 */
public record Verdict(String orderId, String invoiceNumber, Reason reason, String detail,
                      Optional<DeliveryServiceRequest> request) {

    public Verdict {
        invoiceNumber = invoiceNumber == null ? "" : invoiceNumber;
        detail = detail == null ? "" : detail;
        request = request == null ? Optional.empty() : request;
        if (reason == null) {
            throw new IllegalArgumentException("verdict for order " + orderId + ": reason is required");
        }
        if (request.isPresent() != (reason == Reason.READY)) {
            throw new IllegalArgumentException("verdict for order " + orderId + ": a request goes with READY, and only with it");
        }
    }

    /**
     * Ready to send. A scheduled delivery says when ({@code scheduled 2026-12-02 afternoon}) for the report to show,
     * followed by the note, if any (e.g. {@code partly returned by Input invoice(s) 1235: 2 of 5 items remain}).
     */
    public static Verdict ready(String orderId, DeliveryServiceRequest request, String note) {
        String scheduling = request.service().details().scheduling().map(SchedulingMapping::summaryOf).orElse("");
        String detail = scheduling.isEmpty() || note.isEmpty() ? scheduling + note : scheduling + "; " + note;
        return new Verdict(orderId, request.service().invoiceNumber(), Reason.READY, detail, Optional.of(request));
    }

    public static Verdict of(String orderId, String invoiceNumber, Reason reason, String detail) {
        return new Verdict(orderId, invoiceNumber, reason, detail, Optional.empty());
    }

    public Disposition disposition() {
        return reason.disposition();
    }

    /** The same invoice, found already sent: what was ready is now left out. */
    public Verdict alreadySent() {
        return of(orderId, invoiceNumber, Reason.ALREADY_SENT, "fingerprint " + request.map(r -> r.fingerprint().value()).orElse(""));
    }
}
