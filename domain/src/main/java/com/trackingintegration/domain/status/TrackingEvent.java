package com.trackingintegration.domain.status;

import java.time.LocalDate;

/** One event of an invoice's tracking in the OMS ({@code events[]}: all four fields are required by VTEX). */
public record TrackingEvent(String city, String state, String description, LocalDate date) {

    /** The OMS accepts descriptions of up to 5,000 characters. */
    public static final int MAX_DESCRIPTION = 5000;

    public TrackingEvent {
        if (description == null || description.isBlank() || date == null) {
            throw new IllegalArgumentException("a tracking event needs a description and a date");
        }
        description = description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) : description;
        city = city == null ? "" : city;
        state = state == null ? "" : state;
    }
}
