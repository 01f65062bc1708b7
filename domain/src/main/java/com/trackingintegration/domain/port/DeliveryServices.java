package com.trackingintegration.domain.port;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;

import java.util.List;

/** The delivery services VTEX Tracking holds: sending new ones, finding one again, removing canceled ones. */
public interface DeliveryServices {

    /** Sends the requests (routed and unrouted alike) and says, per delivery service, whether Tracking took it. */
    List<SendResult> send(List<DeliveryServiceRequest> requests);

    /**
     * How many delivery services VTEX Tracking holds for this order's invoice (by number and series), 0 when none. A
     * count rather than a yes or no: after a crash during the send of a changed version, that version shows as one
     * service more than the versions acknowledged if Tracking keeps each version it takes (see DeliveryServiceWriter).
     */
    int held(DeliveryServiceId service);

    /** Removes the delivery services of invoices whose orders were canceled after import. */
    void remove(List<InvoiceRef> invoices);

    /** VTEX Tracking's answer for one delivery service. */
    record SendResult(DeliveryServiceId service, boolean accepted, String message) {
    }

    /** An invoice as VTEX Tracking identifies it: number and series. */
    record InvoiceRef(String invoiceNumber, String series) {
    }
}
