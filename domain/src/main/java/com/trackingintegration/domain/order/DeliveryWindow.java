package com.trackingintegration.domain.order;

import java.time.OffsetDateTime;

/** A scheduled delivery: the span the customer chose ({@code deliveryWindow.startDateUtc} to {@code endDateUtc}). */
public record DeliveryWindow(OffsetDateTime start, OffsetDateTime end) {

    public DeliveryWindow {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("a delivery window needs its start before its end, was " + start + " to " + end);
        }
    }
}
