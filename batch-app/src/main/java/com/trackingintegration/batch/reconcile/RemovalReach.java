package com.trackingintegration.batch.reconcile;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.domain.reconcile.Finding;
import com.trackingintegration.domain.reconcile.Finding.Action;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A removal must never reach another order's delivery. {@code PUT /services} names an invoice by number and series
 * only, and two branches number their NF-e independently: when VTEX Tracking holds a live service of another order
 * under the same number (and series), removing ours would remove theirs too. Such a removal (REMOVE, or the first half
 * of a RESEND) is not made: a person must act. A dry run judges the same way, so it predicts WOULD_REMOVE only for what
 * a real run would really remove.
 */
final class RemovalReach {

    private final DeliveryServices tracking;

    RemovalReach(DeliveryServices tracking) {
        this.tracking = tracking;
    }

    /** These findings, each removal that would reach another order's live service turned into one for a person. */
    List<Finding> guarded(List<Finding> findings) {
        Map<DeliveryServiceId, Integer> reached = new HashMap<>();
        return findings.stream().map(finding -> removes(finding)
                .map(service -> reached.computeIfAbsent(service, tracking::othersReachedByRemoval))
                .filter(others -> others > 0)
                .map(others -> refused(finding, others))
                .orElse(finding)).toList();
    }

    private static Optional<DeliveryServiceId> removes(Finding finding) {
        return finding.action() == Action.REMOVE || finding.action() == Action.RESEND ? finding.service() : Optional.empty();
    }

    private static Finding refused(Finding finding, int others) {
        DeliveryServiceId service = finding.service().orElseThrow();
        String invoice = "invoice " + service.invoiceNumber() + (service.series().isEmpty() ? " (no series)" : " series " + service.series());
        return new Finding(finding.orderId(), finding.invoiceNumber(), Action.ATTENTION, finding.reason(), "VTEX Tracking holds " + others
                + " delivery service(s) of other orders under " + invoice + ": removing by invoice and series would remove them too;"
                + " a person must act", Optional.empty(), Optional.empty());
    }
}
