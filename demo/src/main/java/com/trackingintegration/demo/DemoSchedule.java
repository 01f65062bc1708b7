package com.trackingintegration.demo;

import com.trackingintegration.domain.order.DeliveryWindow;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The delivery window the customer chose, in Brasília time, on the route's day; order i gets schedule i modulo the
 * number of schedules. The hours keep clear of the period boundaries (12:00, 18:00), so each covers what it says.
 */
public enum DemoSchedule {
    NONE(null, null), MORNING(LocalTime.of(8, 0), LocalTime.of(11, 0)), AFTERNOON(LocalTime.of(13, 0), LocalTime.of(17, 0)),
    NIGHT(LocalTime.of(19, 0), LocalTime.of(21, 0)), MORNING_AND_AFTERNOON(LocalTime.of(10, 0), LocalTime.of(14, 0));

    private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

    private final LocalTime start;
    private final LocalTime end;

    DemoSchedule(LocalTime start, LocalTime end) {
        this.start = start;
        this.end = end;
    }

    /** The periods of the day the window covers, as the report names them. */
    public List<String> periods() {
        return switch (this) {
            case NONE -> List.of();
            case MORNING -> List.of("morning");
            case AFTERNOON -> List.of("afternoon");
            case NIGHT -> List.of("night");
            case MORNING_AND_AFTERNOON -> List.of("morning", "afternoon");
        };
    }

    Optional<DeliveryWindow> window() {
        if (start == null) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryWindow(DemoCatalog.ROUTE_DATE.atTime(start).atZone(BRASILIA).toOffsetDateTime(),
                DemoCatalog.ROUTE_DATE.atTime(end).atZone(BRASILIA).toOffsetDateTime()));
    }
}
