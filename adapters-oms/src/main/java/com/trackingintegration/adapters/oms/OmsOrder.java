package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.Order;

import java.util.List;

/**
 * An order as Get order gave it, with the {@code embeddedInvoice} text of each of its invoices beside it (the same
 * positions as {@code order.invoices()}, "" where there is none): the NF-e is read from it, then it is dropped. The
 * domain keeps only whether the invoice had one.
 */
record OmsOrder(Order order, List<String> embeddedInvoices) {

    OmsOrder {
        embeddedInvoices = List.copyOf(embeddedInvoices);
        if (embeddedInvoices.size() != order.invoices().size()) {
            throw new IllegalArgumentException("order " + order.orderId() + ": one embeddedInvoice text per invoice");
        }
    }

    String embeddedInvoiceOf(int invoice) {
        return embeddedInvoices.get(invoice);
    }

    Invoice invoice(int invoice) {
        return order.invoices().get(invoice);
    }
}
