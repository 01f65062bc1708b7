package com.trackingintegration.domain.external;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Output invoice sent to the OMS ({@code POST /api/oms/pvt/orders/{orderId}/invoice}). VTEX asks for the items
 * to avoid rounding errors; the same invoice number sent again only replaces the receipt, so re-sending is safe.
 */
public record InvoiceNotification(String invoiceNumber, String invoiceKey, String invoiceUrl, OffsetDateTime issuanceDate,
                                  long valueInCents, List<Item> items) {

    public InvoiceNotification {
        items = List.copyOf(items);
    }

    static InvoiceNotification of(ErpOrder order) {
        ErpOrder.ErpInvoice invoice = order.invoice();
        List<Item> items = order.items().stream()
                .map(item -> new Item(item.sku(), item.unitPriceInCents(), item.quantity()))
                .collect(Collectors.toList());
        return new InvoiceNotification(invoice.number(), invoice.key(), invoice.url(),
                invoice.issuedAt().orElseThrow(), invoice.valueInCents(), items);
    }

    /** One invoiced SKU: unit price in cents and quantity. */
    public record Item(String sku, long unitPriceInCents, int quantity) {
    }
}
