package com.trackingintegration.domain.order;

/** One line of an invoice package ({@code packages[].items[]}): which order item, and how many of it. */
public record InvoiceItem(int itemIndex, int quantity) {

    public InvoiceItem {
        if (itemIndex < 0) {
            throw new IllegalArgumentException("an invoice item's itemIndex is never negative, was " + itemIndex);
        }
    }
}
