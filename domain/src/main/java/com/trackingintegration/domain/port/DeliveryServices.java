package com.trackingintegration.domain.port;

import com.trackingintegration.domain.delivery.DeliveryServiceRequest;

import java.util.List;

/** The delivery services VTEX Tracking holds: sending new ones, finding one by invoice, removing canceled ones. */
public interface DeliveryServices {

    /** Sends the requests (routed and unrouted alike) and says, per invoice, whether Tracking took it. */
    List<SendResult> send(List<DeliveryServiceRequest> requests);

    /** Whether VTEX Tracking already has a delivery service for this invoice number. */
    boolean existsForInvoice(String invoiceNumber);

    /** Removes the delivery services of invoices whose orders were canceled after import. */
    void remove(List<InvoiceRef> invoices);

    /** VTEX Tracking's answer for one invoice. */
    record SendResult(String invoiceNumber, boolean accepted, String message) {
    }

    /** An invoice as VTEX Tracking identifies it: number and series. */
    record InvoiceRef(String invoiceNumber, String series) {
    }
}
