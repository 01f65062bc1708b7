package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.DeliveryServiceRoute;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.route.RouteAssignment;
import com.trackingintegration.domain.settings.IntegrationSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of the integration: which invoices of an OMS order become VTEX Tracking delivery services
 * ({@link InvoiceFilters}), and what they look like ({@link RecipientMapping}, {@link DeliveryDetailsMapping}). Pure:
 * the same order, routes and settings always give the same decision, in the order of the invoices.
 */
public final class OrderIntegration {

    private final IntegrationSettings settings;
    private final InvoiceFilters filters;

    public OrderIntegration(IntegrationSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required");
        }
        this.settings = settings;
        this.filters = new InvoiceFilters(settings);
    }

    /**
     * @param routes the route assignments known for this order (only used when routing is external)
     */
    public OrderDecision decide(Order order, List<RouteAssignment> routes) {
        Optional<Verdict> wholeOrder = orderLevelVerdict(order);
        if (wholeOrder.isPresent()) {
            return new OrderDecision(order.orderId(), List.of(wholeOrder.get()), "", order.invoicedAt());
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (int index = 0; index < order.invoices().size(); index++) {
            Invoice invoice = order.invoices().get(index);
            int position = index;
            Returns returns = Returns.of(order, index);
            verdicts.add(filters.verdictOf(order, invoice, index, returns)
                    .orElseGet(() -> deliver(order, invoice, position, returns, routes)));
        }
        return new OrderDecision(order.orderId(), verdicts, "", order.invoicedAt());
    }

    private Optional<Verdict> orderLevelVerdict(Order order) {
        String id = order.orderId();
        if (order.status().isCanceled()) {
            return Optional.of(Verdict.of(id, "", Reason.CANCELED, "status " + order.status()));
        }
        if (!order.status().isInvoiced()) {
            return Optional.of(Verdict.of(id, "", Reason.NOT_INVOICED, "status " + order.status()));
        }
        if (order.isPickupOnly()) {
            return Optional.of(Verdict.of(id, "", Reason.PICKUP_IN_POINT, ""));
        }
        if (order.invoices().isEmpty()) {
            return Optional.of(Verdict.of(id, "", Reason.NO_INVOICE, "packageAttachment.packages is empty"));
        }
        return Optional.empty();
    }

    /** A sale invoice partly returned is delivered with what remains of it: the packing list names no returned goods. */
    private Verdict deliver(Order order, Invoice invoice, int index, Returns returns, List<RouteAssignment> routes) {
        DeliveryService service;
        try {
            service = new DeliveryService(DeliveryService.DELIVERY, RecipientMapping.recipientOf(order, invoice, index),
                    invoice.number(), invoice.seriesOrFromKey(), order.orderId(), RecipientMapping.locationOf(order, invoice),
                    DeliveryDetailsMapping.detailsOf(order, invoice, index, returns));
        } catch (InvalidFieldException e) {
            return Verdict.of(order.orderId(), invoice.number(), Reason.INVALID_DATA, e.getMessage());
        }
        if (!settings.routedOutside()) {
            return Verdict.ready(order.orderId(), new DeliveryServiceRequest(service, Optional.empty()), returns.detail());
        }
        Optional<RouteAssignment> route = routes.stream().filter(r -> r.covers(order.orderId(), invoice.number())).findFirst();
        if (route.isEmpty()) {
            return Verdict.of(order.orderId(), invoice.number(), Reason.ROUTE_PENDING, "waiting for its route assignment");
        }
        try {
            return Verdict.ready(order.orderId(), new DeliveryServiceRequest(service, Optional.of(DeliveryServiceRoute.of(route.get()))),
                    returns.detail());
        } catch (IllegalArgumentException e) {
            return Verdict.of(order.orderId(), invoice.number(), Reason.INVALID_DATA, "route assignment: " + e.getMessage());
        }
    }
}
