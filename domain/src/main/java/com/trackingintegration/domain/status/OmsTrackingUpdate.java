package com.trackingintegration.domain.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the OMS is told of one invoice's delivery ({@code PUT .../invoice/{invoiceNumber}/tracking}), after its
 * tracking number and URL were set once ({@code PATCH .../invoice/{invoiceNumber}}).
 *
 * @param reportedAt when VTEX Tracking reported the status; the dispatch date the OMS asks for with the tracking number
 */
public record OmsTrackingUpdate(String orderId, String invoiceNumber, String trackingNumber, String trackingUrl,
                                OffsetDateTime reportedAt, boolean delivered, Optional<OffsetDateTime> deliveredAt,
                                List<TrackingEvent> events) {

    public OmsTrackingUpdate {
        events = List.copyOf(events);
        deliveredAt = deliveredAt == null ? Optional.empty() : deliveredAt;
        if (delivered != deliveredAt.isPresent()) {
            throw new IllegalArgumentException("invoice " + invoiceNumber + ": a delivered package has a delivery date, and only then");
        }
    }
}
