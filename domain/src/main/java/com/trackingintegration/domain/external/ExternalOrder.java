package com.trackingintegration.domain.external;

import com.trackingintegration.domain.order.DeliveryChannel;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.InvoiceType;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.OrderStatus;
import com.trackingintegration.domain.route.RouteAssignment;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A valid ERP order on its way into the OMS through VTEX's fulfillment flow, under the merchant's affiliate.
 *
 * @param affiliateId the three-letter affiliate code the OMS order is created under
 * @param salesChannel the trade policy ({@code sc}), if the merchant uses one
 */
public record ExternalOrder(String affiliateId, Optional<String> salesChannel, ErpOrder erp) {

    public ExternalOrder {
        if (affiliateId == null || !affiliateId.matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("affiliateId must be three letters, was '" + affiliateId + "'");
        }
        salesChannel = salesChannel == null ? Optional.empty() : salesChannel;
        List<FieldProblem> problems = ErpOrderValidation.problemsOf(erp);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("ERP order '" + erp.erpOrderId() + "' is not valid: " + problems);
        }
    }

    /** VTEX names the created order {affiliateId}-{marketplaceOrderId}; knowing it in advance makes retries safe. */
    public String omsOrderId() {
        return omsOrderId(affiliateId, marketplaceOrderId());
    }

    /** The OMS id of the ERP order {@code erpOrderId} once created under {@code affiliateId}. */
    public static String omsOrderId(String affiliateId, String erpOrderId) {
        return affiliateId + "-" + erpOrderId;
    }

    public String marketplaceOrderId() {
        return erp.erpOrderId();
    }

    public InvoiceNotification invoiceNotification() {
        return InvoiceNotification.of(erp);
    }

    /** The order as the OMS holds it once invoiced: from here it follows the native path into VTEX Tracking. */
    public Order asInvoicedOrder() {
        ErpOrder.ErpInvoice invoice = erp.invoice();
        Invoice omsInvoice = new Invoice(invoice.number(), Optional.of(invoice.series()), invoice.key(), invoice.url(),
                false, InvoiceType.OUTPUT, invoice.issuedAt(), invoice.valueInCents(), 1, invoice.courier(), "", "");
        return new Order(omsOrderId(), OrderStatus.INVOICED, erp.customer(), Optional.of(erp.address()),
                Set.of(DeliveryChannel.DELIVERY), List.of(omsInvoice));
    }

    /** The route the ERP sent with the order, as a route assignment of its OMS order and invoice. */
    public Optional<RouteAssignment> routeAssignment() {
        return erp.route().map(route -> new RouteAssignment(omsOrderId(), erp.invoice().number(), route.date(),
                route.driver(), Optional.of(route.vehicle()), route.displacement(), Optional.empty()));
    }
}
