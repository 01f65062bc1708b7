package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.OrderIntegration;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.integration.SendOnce;
import com.trackingintegration.domain.integration.Verdict;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.domain.port.RouteAssignments;
import com.trackingintegration.domain.route.RouteAssignment;
import com.trackingintegration.domain.settings.IntegrationSettings;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The integration rules applied to one order: its verdicts, with what was already sent left out. An order the OMS
 * would not give is an outcome too (rejected, with the OMS's answer), never an exception that stops the job; the kind
 * of refusal goes with it, for the writer's breaker to tell a chunk refused alike from a few bad orders.
 */
public class NativeOrderProcessor implements ItemProcessor<Lookup, OrderDecision> {

    private final OrderIntegration rules;
    private final UnaryOperator<OrderDecision> sendOnce;
    private final RouteAssignments routes;
    private final boolean routedOutside;

    NativeOrderProcessor(IntegrationSettings settings, SendOnce sendOnce, RouteAssignments routes) {
        this(settings, sendOnce::apply, routes);
    }

    /**
     * @param sendOnce what is done with the rules' decision: what was already sent left out (the import), or nothing
     *                 (reconcile, which compares the ledger and VTEX Tracking itself)
     */
    public NativeOrderProcessor(IntegrationSettings settings, UnaryOperator<OrderDecision> sendOnce, RouteAssignments routes) {
        this.rules = new OrderIntegration(settings);
        this.sendOnce = sendOnce;
        this.routes = routes;
        this.routedOutside = settings.routedOutside();
    }

    @Override
    public OrderDecision process(Lookup lookup) {
        if (lookup.order().isEmpty()) {
            return new OrderDecision(lookup.orderId(), List.of(Verdict.of(lookup.orderId(), "", Reason.UNREADABLE, lookup.problem())), lookup.refusal());
        }
        Order order = lookup.order().get();
        try {
            List<RouteAssignment> assignments = routedOutside ? routes.forOrder(order.orderId()) : List.of();
            return sendOnce.apply(rules.decide(order, assignments));
        } catch (IllegalArgumentException dataError) {
            // Data the rules could not even judge (a value a record refuses): this order's outcome, not the job's end.
            return new OrderDecision(order.orderId(), List.of(Verdict.of(order.orderId(), "", Reason.INVALID_DATA, dataError.getMessage())));
        }
    }
}
