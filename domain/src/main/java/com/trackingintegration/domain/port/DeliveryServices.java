package com.trackingintegration.domain.port;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;

import java.util.List;

/** The delivery services VTEX Tracking holds: sending new ones, finding one again, removing canceled ones. */
public interface DeliveryServices {

    /** Sends the requests (routed and unrouted alike) and says, per delivery service, whether Tracking took it. */
    List<SendResult> send(List<DeliveryServiceRequest> requests);

    /** Whether VTEX Tracking already holds this delivery service (this order's invoice, by number and series). */
    boolean holds(DeliveryServiceId service);

    /** Removes the delivery services of invoices whose orders were canceled after import. */
    void remove(List<InvoiceRef> invoices);

    /** VTEX Tracking's answer for one delivery service. */
    record SendResult(DeliveryServiceId service, boolean accepted, String message) {
    }

    /** An invoice as VTEX Tracking identifies it: number and series. */
    record InvoiceRef(String invoiceNumber, String series) {
    }
}
