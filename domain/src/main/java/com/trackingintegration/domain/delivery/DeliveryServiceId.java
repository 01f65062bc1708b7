package com.trackingintegration.domain.delivery;

/**
 * What one delivery service is, for as long as it lives in VTEX Tracking: the order it delivers and the NF-e it
 * carries, by number and series. Two branches of one merchant number their NF-e independently, so the number alone
 * names two different invoices; the ledger, the Tracking look-up and the results of a batch all use this identity.
 *
 * @param series empty when the OMS gave none: then the number alone, within the order, is the invoice
 */
public record DeliveryServiceId(String orderId, String invoiceNumber, String series) {

    public DeliveryServiceId {
        if (orderId == null || orderId.isBlank() || invoiceNumber == null || invoiceNumber.isBlank()) {
            throw new IllegalArgumentException("a delivery service is identified by its order and invoice number, was " + orderId + "/" + invoiceNumber);
        }
        series = series == null ? "" : series;
    }

    /**
     * Whether a service VTEX Tracking holds (its order number, invoice number and series as Tracking answers them) is
     * this one. An unknown series on either side matches any series: the order and the number then decide, which is
     * the safe reading (an invoice taken for present is never sent twice; the other reading could send it twice).
     */
    public boolean matches(String orderNumber, String invoiceNumber, String series) {
        String theirs = series == null ? "" : series;
        return this.orderId.equals(orderNumber) && this.invoiceNumber.equals(invoiceNumber)
                && (this.series.isEmpty() || theirs.isEmpty() || this.series.equals(theirs));
    }

    @Override
    public String toString() {
        return orderId + "/" + invoiceNumber + (series.isEmpty() ? "" : "-" + series);
    }
}
