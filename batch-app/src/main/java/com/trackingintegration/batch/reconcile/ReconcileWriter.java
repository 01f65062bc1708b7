package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.nativeimport.SystemicRefusal;
import com.trackingintegration.batch.store.JdbcDeferredOrders;
import com.trackingintegration.batch.store.JdbcLedgerStates;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.domain.port.DeliveryServices.TrackedService;
import com.trackingintegration.domain.port.IntegrationLedger;
import com.trackingintegration.domain.reconcile.Category;
import com.trackingintegration.domain.reconcile.Finding;
import com.trackingintegration.domain.reconcile.LedgerState;
import com.trackingintegration.domain.reconcile.Reconciliation;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A chunk of orders reconciled: the ledger's states of their delivery services, one look-up in VTEX Tracking for all
 * that matter, the judgement ({@link Reconciliation}), no removal that would reach another order's delivery
 * ({@link RemovalReach}), then, unless a dry run, the fixes ({@link ReconcileFixes}).
 * Outcomes, ledger entries and the orders left waiting for their route are written in the chunk's transaction, one
 * row per invoice. A dry run looks up as usual and writes only the outcomes, WOULD_... for what it would have done:
 * nothing reaches VTEX, the ledger or the waiting orders.
 */
class ReconcileWriter implements ItemWriter<OrderDecision> {

    private final Reconciliation reconciliation = new Reconciliation();
    private final DeliveryServices tracking;
    private final RemovalReach removalReach;
    private final IntegrationLedger ledger;
    private final JdbcLedgerStates states;
    private final JdbcOutcomes outcomes;
    private final JdbcDeferredOrders deferred;
    /** Empty for a dry run: nothing is fixed. */
    private final Optional<ReconcileFixes> fixes;
    private final long executionId;
    private final long jobInstanceId;

    ReconcileWriter(DeliveryServices tracking, IntegrationLedger ledger, JdbcLedgerStates states, JdbcOutcomes outcomes, JdbcDeferredOrders deferred,
                    Optional<ReconcileFixes> fixes, long executionId, long jobInstanceId) {
        this.tracking = tracking;
        this.removalReach = new RemovalReach(tracking);
        this.ledger = ledger;
        this.states = states;
        this.outcomes = outcomes;
        this.deferred = deferred;
        this.fixes = fixes;
        this.executionId = executionId;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void write(Chunk<? extends OrderDecision> chunk) {
        List<? extends OrderDecision> decisions = chunk.getItems();
        SystemicRefusal.checkOms(decisions);
        List<String> orderIds = decisions.stream().map(OrderDecision::orderId).distinct().toList();
        Map<String, List<LedgerState>> ledgerStates = states.of(orderIds);
        Set<DeliveryServiceId> toLookUp = new LinkedHashSet<>();
        decisions.forEach(d -> toLookUp.addAll(reconciliation.toLookUp(d, ledgerStates.getOrDefault(d.orderId(), List.of()))));
        Map<DeliveryServiceId, List<TrackedService>> held = toLookUp.isEmpty() ? Map.of() : tracking.lookUpAll(toLookUp);
        ArrivedSends arrived = ArrivedSends.among(ledger.pendingAmong(orderIds), held);
        List<Finding> findings = new ArrayList<>();
        for (OrderDecision decision : decisions) {
            findings.addAll(reconciliation.judge(decision, arrived.applied(ledgerStates.getOrDefault(decision.orderId(), List.of())), held));
        }
        findings = removalReach.guarded(findings);
        if (fixes.isEmpty()) {
            outcomes.add(executionId, findings.stream().map(FindingRows::predicted).toList());
            return;
        }
        outcomes.add(executionId, fixes.get().apply(findings, held, arrived.entries()));
        ledger.noteInvoicedAt(decisions);
        wait(orderIds, findings);
    }

    /** An order with an invoice waiting (for its route) goes to nativeImport's waiting orders; the others wait no more. */
    private void wait(List<String> orderIds, List<Finding> findings) {
        List<String> settled = new ArrayList<>();
        for (String orderId : orderIds) {
            if (findings.stream().anyMatch(f -> f.orderId().equals(orderId) && f.category() == Category.DEFERRED)) {
                // Under reconcile's job instance: nativeImport's next run tries every order another instance left waiting.
                deferred.defer(orderId, jobInstanceId);
            } else {
                settled.add(orderId);
            }
        }
        deferred.settle(settled);
    }
}
