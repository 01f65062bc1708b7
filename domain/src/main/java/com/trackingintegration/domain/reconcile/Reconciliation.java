package com.trackingintegration.domain.reconcile;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.integration.Verdict;
import com.trackingintegration.domain.port.DeliveryServices.TrackedService;
import com.trackingintegration.domain.reconcile.Finding.Action;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reconcile's judgement of one order: the rules' decision on the order as the OMS has it now (the same
 * {@code OrderIntegration} as the import, so reconcile never undoes what the import just did), set against what the
 * ledger says was sent and what VTEX Tracking holds. Pure: the same three always give the same findings.
 *
 * <ul>
 *   <li>An invoice the rules deliver: not held live by Tracking, it is sent ({@code RECONCILED_MISSING}); held in
 *   the version last acknowledged, it is in order ({@code IN_TRACKING}); held in another version, it is removed and
 *   sent again while every service held is {@code Ativo} ({@code RECONCILED_CHANGED}), else a person must act. More
 *   than one live service for one invoice is for a person too: two drivers may go out.</li>
 *   <li>An invoice returned, or an order canceled, that the ledger sent: its packing list is removed while {@code
 *   Ativo} ({@code RETURNED}, {@code CANCELED}), else a person must act.</li>
 *   <li>Everything else is as the rules say: skipped, deferred or rejected, with the rule's detail.</li>
 * </ul>
 * A service Tracking shows delivered ({@code Realizado}) needs nothing more, whatever happened to the order since: a
 * return after delivery is the normal way of returns, not a person's job. A packing list removed earlier is looked
 * at again: still live, it is for a person (Tracking answered the removal, but whether that takes the service away is
 * not documented).
 * A service Tracking holds only as canceled is not live. One the ledger says was sent, found only canceled, was
 * canceled by someone in Tracking: whether to send it again is for a person, not for a nightly job.
 */
public final class Reconciliation {

    /**
     * The delivery services whose state in VTEX Tracking this decision depends on: every invoice the rules deliver,
     * and every invoice the ledger may have put in Tracking of an order now canceled or an invoice now returned.
     */
    public Set<DeliveryServiceId> toLookUp(OrderDecision decision, List<LedgerState> ledger) {
        Set<DeliveryServiceId> ids = new LinkedHashSet<>();
        for (Verdict verdict : decision.verdicts()) {
            verdict.request().ifPresent(request -> ids.add(request.service().id()));
            if (undelivered(verdict)) {
                sentOf(verdict, ledger).forEach(state -> ids.add(state.service()));
                removedOf(verdict, ledger).forEach(state -> ids.add(state.service()));
            }
        }
        return ids;
    }

    /**
     * @param tracking what {@link #toLookUp} asked, as VTEX Tracking answered it; an id missing from it counts as held by none
     */
    public List<Finding> judge(OrderDecision decision, List<LedgerState> ledger, Map<DeliveryServiceId, List<TrackedService>> tracking) {
        List<Finding> findings = new ArrayList<>();
        for (Verdict verdict : decision.verdicts()) {
            if (verdict.request().isPresent()) {
                findings.add(delivered(verdict, verdict.request().get(), ledger, tracking));
            } else if (undelivered(verdict)) {
                findings.addAll(undelivered(verdict, ledger, tracking));
            } else {
                findings.add(Finding.none(verdict.orderId(), verdict.invoiceNumber(), verdict.reason(), verdict.detail()));
            }
        }
        return findings;
    }

    private static Finding delivered(Verdict verdict, DeliveryServiceRequest request, List<LedgerState> ledger,
                                     Map<DeliveryServiceId, List<TrackedService>> tracking) {
        DeliveryServiceId id = request.service().id();
        String orderId = verdict.orderId();
        String number = verdict.invoiceNumber();
        Optional<LedgerState> state = ledger.stream().filter(s -> s.service().matches(id.orderId(), id.invoiceNumber(), id.series())).findFirst();
        List<TrackedService> held = tracking.getOrDefault(id, List.of());
        List<TrackedService> live = held.stream().filter(TrackedService::live).toList();
        if (live.isEmpty()) {
            boolean sentAndCanceled = state.map(s -> s.acknowledged().isPresent() && !s.removed()).orElse(false) && !held.isEmpty();
            if (sentAndCanceled) {
                return new Finding(orderId, number, Action.ATTENTION, Reason.RECONCILED_MISSING, "sent, then canceled in VTEX Tracking (status "
                        + statuses(held) + "): send it again or leave it out, a person decides", Optional.empty(), Optional.empty());
            }
            String why = state.filter(s -> s.acknowledged().isPresent() && !s.removed()).isPresent() ? "the ledger says sent, VTEX Tracking holds none"
                    : state.filter(LedgerState::pending).isPresent() ? "a send was interrupted, VTEX Tracking holds none"
                    : state.filter(LedgerState::removed).isPresent() ? "its old version was removed, the new one is not in VTEX Tracking"
                    : "never sent";
            return new Finding(orderId, number, Action.SEND, Reason.RECONCILED_MISSING, join(why, verdict.detail()), Optional.of(request), Optional.empty());
        }
        if (live.size() > 1) {
            return new Finding(orderId, number, Action.ATTENTION, Reason.IN_TRACKING, "VTEX Tracking holds " + live.size()
                    + " live delivery services for this invoice (status " + statuses(live) + "): one driver only should go", Optional.empty(), Optional.empty());
        }
        if (state.filter(LedgerState::removed).isPresent() && !allDelivered(live)) {
            return new Finding(orderId, number, Action.ATTENTION, Reason.RECONCILED_CHANGED, "its packing list was removed from VTEX Tracking,"
                    + " yet Tracking still lists it live (status " + statuses(live) + "): whether the version to deliver reached it cannot be"
                    + " told; a person must check", Optional.empty(), Optional.empty());
        }
        Optional<LedgerState> acknowledged = state.filter(s -> s.acknowledged().isPresent() && !s.removed());
        if (acknowledged.isPresent() && !acknowledged.get().acknowledged().get().equals(request.fingerprint()) && allDelivered(live)) {
            return Finding.none(orderId, number, Reason.IN_TRACKING, "delivered (status " + statuses(live) + "); changed since it was sent: nothing to resend");
        }
        if (acknowledged.isEmpty() || acknowledged.get().acknowledged().get().equals(request.fingerprint())) {
            String whose = acknowledged.isEmpty() ? "; not sent by this integration's ledger" : "";
            return Finding.none(orderId, number, Reason.IN_TRACKING, "status " + statuses(live) + whose);
        }
        if (live.stream().allMatch(TrackedService::active)) {
            return new Finding(orderId, number, Action.RESEND, Reason.RECONCILED_CHANGED, join("changed since it was sent", verdict.detail()),
                    Optional.of(request), Optional.of(id));
        }
        return new Finding(orderId, number, Action.ATTENTION, Reason.RECONCILED_CHANGED, "changed since it was sent, and VTEX Tracking status "
                + statuses(live) + " no longer allows replacing it: a person must act", Optional.empty(), Optional.empty());
    }

    private static List<Finding> undelivered(Verdict verdict, List<LedgerState> ledger, Map<DeliveryServiceId, List<TrackedService>> tracking) {
        List<LedgerState> sent = sentOf(verdict, ledger);
        List<LedgerState> removed = removedOf(verdict, ledger);
        if (sent.isEmpty() && removed.isEmpty()) {
            return List.of(Finding.none(verdict.orderId(), verdict.invoiceNumber(), verdict.reason(), verdict.detail()));
        }
        List<Finding> findings = new ArrayList<>();
        for (LedgerState state : removed) {
            findings.add(removedEarlier(verdict, state, live(tracking, state.service())));
        }
        for (LedgerState state : sent) {
            DeliveryServiceId id = state.service();
            List<TrackedService> live = live(tracking, id);
            if (live.isEmpty()) {
                findings.add(Finding.none(verdict.orderId(), id.invoiceNumber(), verdict.reason(), join(verdict.detail(), "not in VTEX Tracking")));
            } else if (allDelivered(live)) {
                findings.add(Finding.none(verdict.orderId(), id.invoiceNumber(), verdict.reason(),
                        join(verdict.detail(), "delivered before that (status " + statuses(live) + "): nothing to remove")));
            } else if (live.stream().allMatch(TrackedService::active)) {
                findings.add(new Finding(verdict.orderId(), id.invoiceNumber(), Action.REMOVE, verdict.reason(),
                        join(verdict.detail(), "sent earlier, status " + statuses(live)), Optional.empty(), Optional.of(id)));
            } else {
                findings.add(new Finding(verdict.orderId(), id.invoiceNumber(), Action.ATTENTION, verdict.reason(), join(verdict.detail(),
                        "sent earlier, and VTEX Tracking status " + statuses(live) + " no longer allows removing it: a person must act"),
                        Optional.empty(), Optional.empty()));
            }
        }
        return findings;
    }

    /**
     * A packing list reconcile removed earlier is looked at again: Tracking answered the removal 200, yet whether that
     * takes the service away or only its packing list is not documented. Still live (and not delivered), a person checks.
     */
    private static Finding removedEarlier(Verdict verdict, LedgerState state, List<TrackedService> live) {
        String number = state.service().invoiceNumber();
        if (live.isEmpty() || allDelivered(live)) {
            return Finding.none(verdict.orderId(), number, verdict.reason(), join(verdict.detail(), "its packing list was removed from VTEX Tracking earlier"));
        }
        return new Finding(verdict.orderId(), number, Action.ATTENTION, verdict.reason(), join(verdict.detail(), "its packing list was removed from"
                + " VTEX Tracking earlier, yet Tracking still lists it live (status " + statuses(live) + "): a person must check"),
                Optional.empty(), Optional.empty());
    }

    private static List<TrackedService> live(Map<DeliveryServiceId, List<TrackedService>> tracking, DeliveryServiceId id) {
        return tracking.getOrDefault(id, List.of()).stream().filter(TrackedService::live).toList();
    }

    /** Every live service delivered: no driver goes out again, whatever happened to the order since. */
    private static boolean allDelivered(List<TrackedService> live) {
        return !live.isEmpty() && live.stream().allMatch(TrackedService::delivered);
    }

    private static List<LedgerState> removedOf(Verdict verdict, List<LedgerState> ledger) {
        return ledger.stream().filter(LedgerState::removed).filter(s -> covers(verdict, s)).toList();
    }

    /** An order canceled, or a sale invoice fully returned: nothing of it may be delivered any more. */
    private static boolean undelivered(Verdict verdict) {
        return verdict.reason() == Reason.CANCELED || verdict.reason() == Reason.RETURNED;
    }

    /** What the ledger may have put in Tracking for this verdict: the invoice's services, or the whole order's. */
    private static List<LedgerState> sentOf(Verdict verdict, List<LedgerState> ledger) {
        return ledger.stream().filter(LedgerState::mayBeInTracking).filter(s -> covers(verdict, s)).toList();
    }

    private static boolean covers(Verdict verdict, LedgerState state) {
        return state.service().orderId().equals(verdict.orderId())
                && (verdict.invoiceNumber().isEmpty() || state.service().invoiceNumber().equals(verdict.invoiceNumber()));
    }

    private static String statuses(List<TrackedService> services) {
        return services.stream().map(s -> s.status().isEmpty() ? "(none given)" : s.status()).distinct().collect(Collectors.joining(", "));
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + "; " + second;
    }
}
