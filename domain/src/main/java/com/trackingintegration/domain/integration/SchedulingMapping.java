package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.Scheduling;
import com.trackingintegration.domain.order.DeliveryWindow;
import com.trackingintegration.domain.order.OrderItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static com.trackingintegration.domain.delivery.DeliveryServiceFields.BRAZIL;

/**
 * An invoice's scheduled delivery ({@code deliveryServiceScheduling}) from the delivery windows of its items.
 *
 * <p>The periods are this project's choice, in Brasília time (VTEX documents none): morning is [00:00, 12:00),
 * afternoon [12:00, 18:00), night [18:00, 24:00). A window, its end exclusive, marks every period it overlaps on
 * each day it touches: 11:00 to 13:00 is morning and afternoon, 22:00 to 02:00 the next day is night and morning.
 * A window of no length (start = end) marks the period of its moment.
 *
 * <p>Items of one invoice with different windows: the earliest-starting window is taken (the first moment the
 * customer expects the goods: a delivery then hands over everything the invoice holds); items without a window do
 * not count. No item with a window: no scheduling.
 */
final class SchedulingMapping {

    private static final LocalTime NOON = LocalTime.NOON;
    private static final LocalTime EVENING = LocalTime.of(18, 0);

    private SchedulingMapping() {
    }

    static Optional<Scheduling> schedulingOf(List<OrderItem> items) {
        return items.stream().map(OrderItem::window).flatMap(Optional::stream)
                .min(Comparator.comparing(DeliveryWindow::start).thenComparing(DeliveryWindow::end))
                .map(SchedulingMapping::schedulingOf);
    }

    static Scheduling schedulingOf(DeliveryWindow window) {
        ZonedDateTime start = window.start().atZoneSameInstant(BRAZIL);
        ZonedDateTime end = window.end().atZoneSameInstant(BRAZIL);
        if (!end.isAfter(start)) {
            end = start.plusNanos(1);
        }
        if (Duration.between(start, end).compareTo(Duration.ofDays(1)) >= 0) {
            return new Scheduling(window.start(), true, true, true);
        }
        boolean morning = false;
        boolean afternoon = false;
        boolean night = false;
        for (LocalDate day = start.toLocalDate(); day.atStartOfDay(BRAZIL).isBefore(end); day = day.plusDays(1)) {
            morning |= overlaps(start, end, day.atStartOfDay(BRAZIL), day.atTime(NOON).atZone(BRAZIL));
            afternoon |= overlaps(start, end, day.atTime(NOON).atZone(BRAZIL), day.atTime(EVENING).atZone(BRAZIL));
            night |= overlaps(start, end, day.atTime(EVENING).atZone(BRAZIL), day.plusDays(1).atStartOfDay(BRAZIL));
        }
        return new Scheduling(window.start(), morning, afternoon, night);
    }

    /** What a report shows of a scheduled delivery: {@code scheduled 2026-12-02 morning, afternoon} (Brasília date). */
    static String summaryOf(Scheduling scheduling) {
        List<String> periods = new ArrayList<>();
        if (scheduling.morning()) {
            periods.add("morning");
        }
        if (scheduling.afternoon()) {
            periods.add("afternoon");
        }
        if (scheduling.night()) {
            periods.add("night");
        }
        return "scheduled " + scheduling.customerDateTime().atZoneSameInstant(BRAZIL).toLocalDate() + " " + String.join(", ", periods);
    }

    /** Half-open spans [start, end) and [from, to) share a moment. */
    private static boolean overlaps(ZonedDateTime start, ZonedDateTime end, ZonedDateTime from, ZonedDateTime to) {
        return start.isBefore(to) && from.isBefore(end);
    }
}
