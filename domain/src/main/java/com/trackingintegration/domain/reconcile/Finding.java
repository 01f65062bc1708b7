package com.trackingintegration.domain.reconcile;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.integration.Disposition;
import com.trackingintegration.domain.integration.Reason;

import java.util.Optional;

/**
 * What reconcile found for one invoice of an order (or for the whole order, when {@code invoiceNumber} is empty), and
 * what is to be done about it.
 *
 * @param action  what to do: nothing, send, remove, remove then send, or ask a person
 * @param reason  why: the rule that skipped it, {@code IN_TRACKING}, {@code RECONCILED_MISSING}, {@code RETURNED}...
 * @param detail  what the operator reads: Tracking's status, what it waits for, the rule's detail
 * @param request what to send, for {@link Action#SEND} and {@link Action#RESEND}
 * @param service the delivery service to remove, for {@link Action#REMOVE} and {@link Action#RESEND}
 */
public record Finding(String orderId, String invoiceNumber, Action action, Reason reason, String detail,
                      Optional<DeliveryServiceRequest> request, Optional<DeliveryServiceId> service) {

    /** What reconcile does about an invoice. */
    public enum Action {
        /** In order as it is: in Tracking, or skipped, deferred or rejected by the rules; the reason says which. */
        NONE,
        /** Not in Tracking and it should be: sent through the exactly-once path. */
        SEND,
        /** In Tracking and it should not be (returned, canceled), still {@code Ativo}: its packing list is removed. */
        REMOVE,
        /** Changed since it was sent, still {@code Ativo}: the old packing list is removed, then the new version sent. */
        RESEND,
        /** Tracking no longer allows the fix (routed, on its way...): a person must act. */
        ATTENTION
    }

    public Finding {
        invoiceNumber = invoiceNumber == null ? "" : invoiceNumber;
        detail = detail == null ? "" : detail;
        request = request == null ? Optional.empty() : request;
        service = service == null ? Optional.empty() : service;
        if (action == null || reason == null) {
            throw new IllegalArgumentException("finding for order " + orderId + ": action and reason are required");
        }
        boolean sends = action == Action.SEND || action == Action.RESEND;
        if (request.isPresent() != sends) {
            throw new IllegalArgumentException("finding for order " + orderId + ": a request goes with SEND and RESEND, and only with them");
        }
        boolean removes = action == Action.REMOVE || action == Action.RESEND;
        if (removes && service.isEmpty()) {
            throw new IllegalArgumentException("finding for order " + orderId + ": a removal names its delivery service");
        }
    }

    public static Finding none(String orderId, String invoiceNumber, Reason reason, String detail) {
        return new Finding(orderId, invoiceNumber, Action.NONE, reason, detail, Optional.empty(), Optional.empty());
    }

    /** The category of the window's accounting this finding falls in, before anything is done about it. */
    public Category category() {
        switch (action) {
            case SEND:
            case REMOVE:
            case RESEND:
                return Category.FIXED_NOW;
            case ATTENTION:
                return Category.NEEDS_ATTENTION;
            default:
                if (reason == Reason.IN_TRACKING) {
                    return Category.IN_TRACKING;
                }
                Disposition disposition = reason.disposition();
                return disposition == Disposition.REJECT ? Category.REJECTED
                        : disposition == Disposition.DEFER ? Category.DEFERRED : Category.SKIPPED_BY_RULE;
        }
    }
}
