package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.nativeimport.RestartCheck;
import com.trackingintegration.batch.nativeimport.SystemicRefusal;
import com.trackingintegration.batch.store.JdbcLedgerStates;
import com.trackingintegration.batch.store.JdbcOutcomes.Row;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.domain.port.DeliveryServices.InvoiceRef;
import com.trackingintegration.domain.port.DeliveryServices.RemovalResult;
import com.trackingintegration.domain.port.DeliveryServices.SendResult;
import com.trackingintegration.domain.port.DeliveryServices.TrackedService;
import com.trackingintegration.domain.port.IntegrationLedger;
import com.trackingintegration.domain.port.IntegrationLedger.Entry;
import com.trackingintegration.domain.reconcile.Finding;
import com.trackingintegration.domain.reconcile.Finding.Action;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a real run does about a chunk's findings: the packing lists to remove, in one call; then what is missing or
 * changed, sent through nativeImport's exactly-once path ({@link RestartCheck}, a PENDING mark committed on its own
 * before the send). Returns each finding's outcome; the ledger's answers are recorded in the chunk's transaction.
 *
 * <p>Before a version is marked pending, the row's ACKNOWLEDGED_VERSIONS is set to the live services VTEX Tracking
 * holds for the invoice now (for a changed invoice, as looked up after its removal), in the same transaction.
 * {@code RestartCheck} (and reconcile's own look-up after a stop) takes a pending version for arrived when Tracking
 * holds more live services than ACKNOWLEDGED_VERSIONS. After a packing list was removed (by reconcile, or by hand in
 * Tracking) Tracking holds fewer than the versions it once acknowledged: without the rebase, a version Tracking took
 * just before a crash would not count as arrived, and the restart would send it a second time.
 */
final class ReconcileFixes {

    private final DeliveryServices tracking;
    private final IntegrationLedger ledger;
    private final JdbcLedgerStates states;
    private final RestartCheck restartCheck;
    private final TransactionTemplate ownTransaction;
    private final long executionId;

    ReconcileFixes(DeliveryServices tracking, IntegrationLedger ledger, JdbcLedgerStates states, TransactionTemplate ownTransaction, long executionId) {
        this.tracking = tracking;
        this.ledger = ledger;
        this.states = states;
        this.restartCheck = new RestartCheck(tracking, ledger);
        this.ownTransaction = ownTransaction;
        this.executionId = executionId;
    }

    /**
     * @param held    the chunk's look-up, before anything was done
     * @param arrived pending versions the look-up found in Tracking, to record with the answers
     */
    List<Row> apply(List<Finding> findings, Map<DeliveryServiceId, List<TrackedService>> held, List<Entry> arrived) {
        Map<InvoiceRef, RemovalResult> removals = remove(findings);
        Map<DeliveryServiceId, DeliveryServiceRequest> requests = new LinkedHashMap<>();
        Map<DeliveryServiceId, Integer> liveNow = new HashMap<>();
        List<DeliveryServiceId> replaced = new ArrayList<>();
        for (Finding finding : findings) {
            boolean removed = finding.action() == Action.RESEND && removals.get(InvoiceRef.of(finding.service().get())).removed();
            if (finding.action() == Action.SEND || removed) {
                DeliveryServiceRequest request = finding.request().get();
                requests.putIfAbsent(request.service().id(), request);
                liveNow.put(request.service().id(), live(held.get(request.service().id())));
            }
            if (removed) {
                replaced.add(finding.request().get().service().id());
            }
        }
        // A changed invoice is counted again once its old packing list is gone: that is what a restart will compare with.
        if (!replaced.isEmpty()) {
            tracking.lookUpAll(replaced).forEach((id, services) -> liveNow.put(id, live(services)));
        }
        Map<DeliveryServiceId, SendResult> results = send(requests, liveNow, arrived);
        return findings.stream().map(finding -> FindingRows.done(finding, removals, results)).toList();
    }

    /** One call for the chunk; the removals Tracking confirmed are marked REMOVED at once, whatever becomes of the chunk. */
    private Map<InvoiceRef, RemovalResult> remove(List<Finding> findings) {
        Map<InvoiceRef, DeliveryServiceId> toRemove = new LinkedHashMap<>();
        findings.stream().filter(f -> f.action() == Action.REMOVE || f.action() == Action.RESEND)
                .forEach(f -> toRemove.putIfAbsent(InvoiceRef.of(f.service().get()), f.service().get()));
        if (toRemove.isEmpty()) {
            return Map.of();
        }
        Map<InvoiceRef, RemovalResult> results = new HashMap<>();
        toRemove.keySet().forEach(ref -> results.put(ref, new RemovalResult(ref, false, "")));
        tracking.remove(List.copyOf(toRemove.keySet())).forEach(result -> results.put(result.invoice(), result));
        Set<DeliveryServiceId> removed = new LinkedHashSet<>();
        results.values().stream().filter(RemovalResult::removed).forEach(result -> removed.add(toRemove.get(result.invoice())));
        ownTransaction.executeWithoutResult(status -> states.markRemoved(removed));
        return results;
    }

    private Map<DeliveryServiceId, SendResult> send(Map<DeliveryServiceId, DeliveryServiceRequest> requests, Map<DeliveryServiceId, Integer> liveNow,
                                                    List<Entry> arrived) {
        RestartCheck.Checked checked = restartCheck.check(requests.values());
        Map<DeliveryServiceId, SendResult> results = new HashMap<>(checked.found());
        List<DeliveryServiceRequest> toSend = checked.toSend();
        if (!toSend.isEmpty()) {
            Map<DeliveryServiceId, Integer> rebased = new LinkedHashMap<>();
            toSend.forEach(request -> rebased.put(request.service().id(), liveNow.get(request.service().id())));
            ownTransaction.executeWithoutResult(status -> {
                states.rebase(rebased);
                ledger.markPending(toSend, executionId);
            });
            List<SendResult> sent = tracking.send(toSend);
            SystemicRefusal.checkTracking(sent);
            sent.forEach(result -> results.put(result.service(), result));
        }
        List<Entry> entries = new ArrayList<>(arrived);
        entries.addAll(checked.arrivedEarlier());
        for (DeliveryServiceRequest request : requests.values()) {
            SendResult result = results.getOrDefault(request.service().id(),
                    new SendResult(request.service().id(), false, "VTEX Tracking gave no answer for this invoice"));
            entries.add(new Entry(request.service().id(), request.fingerprint(), result.accepted(), result.message()));
        }
        ledger.record(entries);
        return results;
    }

    private static int live(List<TrackedService> services) {
        return services == null ? 0 : (int) services.stream().filter(TrackedService::live).count();
    }
}
