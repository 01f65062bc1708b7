package com.trackingintegration.domain.delivery;

import java.time.OffsetDateTime;

/**
 * {@code deliveryServiceScheduling}: when the customer scheduled the delivery, and which periods of the day (in
 * Brasília time) the scheduled window covers. VTEX documents no boundaries for the periods; this project's are in
 * the README: morning before 12:00, afternoon from 12:00 to 18:00, night from 18:00.
 *
 * @param customerDateTime {@code shipperCustomerSchedulingDateTime}: the start of the window the customer chose
 */
public record Scheduling(OffsetDateTime customerDateTime, boolean morning, boolean afternoon, boolean night) {

    public Scheduling {
        if (customerDateTime == null) {
            throw new IllegalArgumentException("deliveryServiceScheduling needs shipperCustomerSchedulingDateTime");
        }
    }
}
