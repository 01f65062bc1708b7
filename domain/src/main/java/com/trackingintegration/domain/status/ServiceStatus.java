package com.trackingintegration.domain.status;

import com.trackingintegration.domain.order.Text;

import java.time.OffsetDateTime;

/**
 * What VTEX Tracking says of one delivery service at one moment.
 *
 * @param orderId the OMS order ({@code orderNumber} in Tracking)
 * @param trackingUrl where the customer follows the delivery, if Tracking gives one
 * @param nonDeliveryReason why a delivery failed ({@code nonDeliveryReason.description}), empty otherwise
 */
public record ServiceStatus(String idDeliveryService, String orderId, String invoiceNumber, TrackingStatus status,
                            OffsetDateTime changedAt, String city, String state, String trackingUrl,
                            String nonDeliveryReason) {

    public ServiceStatus {
        idDeliveryService = Text.orEmpty(idDeliveryService);
        orderId = Text.orEmpty(orderId);
        invoiceNumber = Text.orEmpty(invoiceNumber);
        if (status == null || changedAt == null) {
            throw new IllegalArgumentException("delivery service " + idDeliveryService + ": status and its date are required");
        }
        city = Text.orEmpty(city);
        state = Text.orEmpty(state);
        trackingUrl = Text.orEmpty(trackingUrl);
        nonDeliveryReason = Text.orEmpty(nonDeliveryReason);
    }

    /** The same invoice in the same status is the same change: it is sent to the OMS once. */
    public String changeKey() {
        return orderId + "/" + invoiceNumber + "/" + status.name();
    }
}
