package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.batch.store.JdbcOutcomes.Row;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.port.DeliveryServices.InvoiceRef;
import com.trackingintegration.domain.port.DeliveryServices.RemovalResult;
import com.trackingintegration.domain.port.DeliveryServices.SendResult;
import com.trackingintegration.domain.reconcile.Finding;

import java.util.Map;
import java.util.Optional;

/** The outcome row of one finding: what a dry run predicts, or what became of it once acted on. */
final class FindingRows {

    private FindingRows() {
    }

    /** A dry run: what would be written says WOULD_...; everything else as a real run says it. */
    static Row predicted(Finding finding) {
        Outcome outcome = switch (finding.action()) {
            case SEND -> Outcome.WOULD_IMPORT;
            case REMOVE -> Outcome.WOULD_REMOVE;
            case RESEND -> Outcome.WOULD_RESEND;
            case ATTENTION -> Outcome.ATTENTION;
            case NONE -> Outcome.of(finding.reason());
        };
        return row(finding, outcome, finding.reason(), finding.detail());
    }

    /**
     * @param removals VTEX Tracking's answer per packing list removed
     * @param sends    VTEX Tracking's answer per delivery service sent (or found sent before a restart)
     */
    static Row done(Finding finding, Map<InvoiceRef, RemovalResult> removals, Map<DeliveryServiceId, SendResult> sends) {
        switch (finding.action()) {
            case NONE:
                return row(finding, Outcome.of(finding.reason()), finding.reason(), finding.detail());
            case ATTENTION:
                return row(finding, Outcome.ATTENTION, finding.reason(), finding.detail());
            case REMOVE:
                return removal(finding, removals).filter(RemovalResult::removed)
                        .map(removed -> row(finding, Outcome.REMOVED, finding.reason(), finding.detail()))
                        .orElseGet(() -> refusedRemoval(finding, removals));
            case RESEND:
                return removal(finding, removals).filter(RemovalResult::removed).map(removed -> replaced(finding, sends))
                        .orElseGet(() -> refusedRemoval(finding, removals));
            default:
                return sent(finding, sends);
        }
    }

    private static Optional<RemovalResult> removal(Finding finding, Map<InvoiceRef, RemovalResult> removals) {
        return Optional.ofNullable(removals.get(InvoiceRef.of(finding.service().orElseThrow())));
    }

    /** Tracking would not remove it (routed meanwhile, or refused): a person must act, told Tracking's words. */
    private static Row refusedRemoval(Finding finding, Map<InvoiceRef, RemovalResult> removals) {
        String why = removal(finding, removals).map(RemovalResult::message).filter(m -> !m.isEmpty())
                .orElse("VTEX Tracking gave no answer for this packing list");
        return row(finding, Outcome.ATTENTION, finding.reason(), "VTEX Tracking did not remove its packing list (" + why + "): a person must act");
    }

    private static Row sent(Finding finding, Map<DeliveryServiceId, SendResult> sends) {
        Optional<SendResult> accepted = accepted(finding, sends);
        if (accepted.isPresent()) {
            return row(finding, Outcome.IMPORTED, finding.reason(), finding.detail());
        }
        return row(finding, Outcome.REJECTED, Reason.REFUSED_BY_TRACKING, refusal(finding, sends));
    }

    /**
     * The old packing list is gone; the new version not accepted leaves the invoice with no live delivery at all, which
     * is not data to fix at the source (REJECTED) but a delivery nobody will make: a person must act.
     */
    private static Row replaced(Finding finding, Map<DeliveryServiceId, SendResult> sends) {
        if (accepted(finding, sends).isPresent()) {
            return row(finding, Outcome.IMPORTED, finding.reason(), finding.detail());
        }
        return row(finding, Outcome.ATTENTION, finding.reason(), "its old packing list was removed from VTEX Tracking and the new version was not"
                + " accepted (" + refusal(finding, sends) + "): the invoice has no live delivery; a person must act");
    }

    private static Optional<SendResult> accepted(Finding finding, Map<DeliveryServiceId, SendResult> sends) {
        return Optional.ofNullable(sends.get(finding.request().orElseThrow().service().id())).filter(SendResult::accepted);
    }

    private static String refusal(Finding finding, Map<DeliveryServiceId, SendResult> sends) {
        SendResult result = sends.get(finding.request().orElseThrow().service().id());
        return result == null || result.message().isEmpty() ? "VTEX Tracking gave no answer for this invoice" : result.message();
    }

    private static Row row(Finding finding, Outcome outcome, Reason reason, String detail) {
        return new Row(finding.orderId(), finding.invoiceNumber(), outcome, reason, detail);
    }
}
