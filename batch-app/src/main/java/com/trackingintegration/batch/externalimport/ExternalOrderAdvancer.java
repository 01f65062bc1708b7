package com.trackingintegration.batch.externalimport;

import com.trackingintegration.domain.port.RequestRefusedException;
import com.trackingintegration.batch.store.JdbcExternalOrders;
import com.trackingintegration.batch.store.JdbcExternalOrders.Pending;
import com.trackingintegration.domain.external.ExternalOrder;
import com.trackingintegration.domain.external.ExternalOrderProgress;
import com.trackingintegration.domain.external.FulfillmentState;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.OrderIntegration;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.integration.SendOnce;
import com.trackingintegration.domain.integration.Verdict;
import com.trackingintegration.domain.port.RouteAssignments;
import com.trackingintegration.domain.report.PersonalData;
import com.trackingintegration.domain.route.RouteAssignment;
import com.trackingintegration.domain.settings.IntegrationSettings;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes one external order as far as VTEX allows today, saving (and committing) its state after each OMS step, then,
 * once invoiced, applies the integration rules to it as to any OMS order. An order the OMS refuses is marked failed
 * and reported with the OMS's answer; an order in its cancellation window waits for the next run. What the verdicts
 * make of an order (sent, skipped, failed on its data, to send again) is saved by {@link ExternalStateWriter}.
 *
 * <p>In a dry run no OMS step is taken and no state saved: the order is judged by the rules on its ERP data, as the
 * real run will judge it once invoiced, and an order not invoiced yet says which OMS step would come next.
 */
class ExternalOrderAdvancer implements ItemProcessor<Pending, OrderDecision> {

    private final ExternalOrderProgress progress;
    private final JdbcExternalOrders externalOrders;
    private final TransactionTemplate ownTransaction;
    private final OrderIntegration rules;
    private final SendOnce sendOnce;
    private final RouteAssignments routes;
    private final String affiliateId;
    private final Optional<String> salesChannel;
    private final boolean dryRun;

    ExternalOrderAdvancer(ExternalOrderProgress progress, JdbcExternalOrders externalOrders, TransactionTemplate ownTransaction,
                          IntegrationSettings settings, SendOnce sendOnce, RouteAssignments routes, String affiliateId, Optional<String> salesChannel,
                          boolean dryRun) {
        this.progress = progress;
        this.externalOrders = externalOrders;
        this.ownTransaction = ownTransaction;
        this.rules = new OrderIntegration(settings);
        this.sendOnce = sendOnce;
        this.routes = routes;
        this.affiliateId = affiliateId;
        this.salesChannel = salesChannel;
        this.dryRun = dryRun;
    }

    @Override
    public OrderDecision process(Pending pending) {
        ExternalOrder order;
        try {
            order = new ExternalOrder(affiliateId, salesChannel, pending.order());
        } catch (IllegalArgumentException dataError) {
            return new OrderDecision(pending.omsOrderId(), List.of(Verdict.of(pending.omsOrderId(), "", Reason.INVALID_DATA, dataError.getMessage())));
        }
        if (dryRun) {
            return pending.state().isInvoiced() ? judged(order) : beforeInvoice(judged(order), pending.state());
        }
        String id = order.omsOrderId();
        ExternalOrderProgress.Progress reached;
        try {
            reached = progress.advance(order, pending.state(),
                    (o, state) -> ownTransaction.executeWithoutResult(status -> externalOrders.save(id, state, "")));
        } catch (RequestRefusedException refused) {
            // The OMS's answer may quote the order placed back (the customer's name, document, e-mail, phone): the
            // detail the report and reset-external show keeps VTEX's words with those values masked.
            String why = PersonalData.maskedIn(refused.getMessage(), PersonalData.of(order.erp().customer(), order.erp().address()));
            // Committed at once like every step's answer, so a run failing later does not ask the OMS again.
            ownTransaction.executeWithoutResult(status -> externalOrders.save(id, FulfillmentState.FAILED, why));
            return new OrderDecision(id, List.of(Verdict.of(id, "", Reason.REFUSED_BY_OMS, why)));
        }
        if (reached.isWaiting()) {
            ownTransaction.executeWithoutResult(status -> externalOrders.save(id, reached.state(), reached.waitingFor()));
            return new OrderDecision(id, List.of(Verdict.of(id, order.erp().invoice().number(), Reason.OMS_NOT_READY, reached.waitingFor())));
        }
        return judged(order);
    }

    /** The integration rules on the invoiced order, with what was already sent left out. */
    private OrderDecision judged(ExternalOrder order) {
        List<RouteAssignment> assignments = new ArrayList<>(routes.forOrder(order.omsOrderId()));
        order.routeAssignment().ifPresent(assignments::add);
        return sendOnce.apply(rules.decide(order.asInvoicedOrder(), assignments));
    }

    /** A dry run's prediction for an order the OMS steps have not invoiced yet: each verdict says the next step first. */
    private static OrderDecision beforeInvoice(OrderDecision judged, FulfillmentState state) {
        String next = "next OMS step: " + NEXT_STEP.get(state) + "; once invoiced: ";
        return judged.withVerdicts(judged.verdicts().stream().map(v -> new Verdict(v.orderId(), v.invoiceNumber(), v.reason(),
                next + (v.reason() == Reason.READY ? "sent to VTEX Tracking" : v.detail()), v.request())).toList());
    }

    private static final Map<FulfillmentState, String> NEXT_STEP = Map.of(FulfillmentState.NEW, "placed in the OMS",
            FulfillmentState.PLACED, "its dispatch authorized", FulfillmentState.DISPATCH_AUTHORIZED,
            "its handling started (once VTEX's cancellation window is over)", FulfillmentState.HANDLING_STARTED, "invoiced in the OMS");
}
