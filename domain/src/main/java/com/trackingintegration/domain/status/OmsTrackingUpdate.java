package com.trackingintegration.domain.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the OMS is told of one invoice's delivery: its tracking number and URL ({@code PATCH .../invoice/{invoiceNumber}}),
 * then its whole timeline and whether it was delivered ({@code PUT .../tracking}).
 *
 * @param dispatchedAt when the package was first dispatched: the same for every update of the invoice
 * @param events the invoice's whole timeline, oldest first
 */
public record OmsTrackingUpdate(String orderId, String invoiceNumber, String trackingNumber, String trackingUrl,
                                OffsetDateTime dispatchedAt, boolean delivered, Optional<OffsetDateTime> deliveredAt,
                                List<TrackingEvent> events) {

    public OmsTrackingUpdate {
        events = List.copyOf(events);
        deliveredAt = deliveredAt == null ? Optional.empty() : deliveredAt;
        if (delivered != deliveredAt.isPresent()) {
            throw new IllegalArgumentException("invoice " + invoiceNumber + ": a delivered package has a delivery date, and only then");
        }
    }
}
