package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.DeliveryServiceRoute;
import com.trackingintegration.domain.delivery.ShipperCustomer;
import com.trackingintegration.domain.delivery.TrackingField;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.route.RouteAssignment;
import com.trackingintegration.domain.settings.IntegrationSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules of the integration: which invoices of an OMS order become VTEX Tracking delivery services, and what
 * they look like. Pure: the same order, routes and settings always give the same decision.
 */
public final class OrderIntegration {

    private final IntegrationSettings settings;

    public OrderIntegration(IntegrationSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required");
        }
        this.settings = settings;
    }

    /**
     * @param routes the route assignments known for this order (only used when routing is external)
     */
    public OrderDecision decide(Order order, List<RouteAssignment> routes) {
        Optional<Verdict> wholeOrder = orderLevelVerdict(order);
        if (wholeOrder.isPresent()) {
            return new OrderDecision(order.orderId(), List.of(wholeOrder.get()));
        }
        List<Verdict> verdicts = new ArrayList<>();
        List<Invoice> deliverable = new ArrayList<>();
        for (int index = 0; index < order.invoices().size(); index++) {
            Invoice invoice = order.invoices().get(index);
            Optional<Verdict> filtered = invoiceFilter(order, invoice, index);
            if (filtered.isPresent()) {
                verdicts.add(filtered.get());
            } else {
                deliverable.add(invoice);
            }
        }
        if (!deliverable.isEmpty()) {
            verdicts.addAll(deliver(order, deliverable, routes));
        }
        return new OrderDecision(order.orderId(), verdicts);
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

    private Optional<Verdict> invoiceFilter(Order order, Invoice invoice, int index) {
        String id = order.orderId();
        String number = invoice.number();
        if (!invoice.isSale()) {
            return Optional.of(Verdict.of(id, number, Reason.RETURN_INVOICE, ""));
        }
        if (!settings.acceptsCourier(invoice.courier())) {
            return Optional.of(Verdict.of(id, number, Reason.CARRIER_NOT_SELECTED, "courier '" + invoice.courier() + "'"));
        }
        if (settings.invoiceFileRequired() && !invoice.carriesNfeXml()) {
            return Optional.of(Verdict.of(id, number, Reason.INVOICE_FILE_MISSING,
                    "no embeddedInvoice and invoiceUrl does not end in .xml"));
        }
        String field = "packageAttachment.packages[" + index + "]";
        if (number.isEmpty()) {
            return Optional.of(Verdict.of(id, number, Reason.INVALID_DATA, field + ".invoiceNumber: missing"));
        }
        Optional<String> series = invoice.seriesOrFromKey();
        if (series.isPresent() && !TrackingField.INVOICE_SERIES.fits(series.get())) {
            return Optional.of(Verdict.of(id, number, Reason.INVALID_DATA, field + ": series '" + series.get()
                    + "' is longer than the " + TrackingField.INVOICE_SERIES.maxLength() + " characters VTEX Tracking accepts"));
        }
        return Optional.empty();
    }

    private List<Verdict> deliver(Order order, List<Invoice> invoices, List<RouteAssignment> routes) {
        ShipperCustomer recipient;
        try {
            recipient = RecipientMapping.recipientOf(order);
        } catch (InvalidFieldException e) {
            return invoices.stream()
                    .map(invoice -> Verdict.of(order.orderId(), invoice.number(), Reason.INVALID_DATA, e.getMessage()))
                    .collect(Collectors.toList());
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Invoice invoice : invoices) {
            verdicts.add(deliver(order, invoice, recipient, routes));
        }
        return verdicts;
    }

    private Verdict deliver(Order order, Invoice invoice, ShipperCustomer recipient, List<RouteAssignment> routes) {
        DeliveryService service = new DeliveryService(DeliveryService.DELIVERY, recipient, invoice.number(),
                invoice.seriesOrFromKey(), order.orderId(), order.address().flatMap(a -> a.location()));
        if (!settings.routedOutside()) {
            return Verdict.ready(order.orderId(), new DeliveryServiceRequest(service, Optional.empty()));
        }
        Optional<RouteAssignment> route = routes.stream().filter(r -> r.covers(order.orderId(), invoice.number())).findFirst();
        if (route.isEmpty()) {
            return Verdict.of(order.orderId(), invoice.number(), Reason.ROUTE_PENDING, "waiting for its route assignment");
        }
        try {
            return Verdict.ready(order.orderId(), new DeliveryServiceRequest(service, Optional.of(DeliveryServiceRoute.of(route.get()))));
        } catch (IllegalArgumentException e) {
            return Verdict.of(order.orderId(), invoice.number(), Reason.INVALID_DATA, "route assignment: " + e.getMessage());
        }
    }
}
