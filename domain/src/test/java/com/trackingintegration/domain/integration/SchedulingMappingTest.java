package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.Scheduling;
import com.trackingintegration.domain.order.DeliveryWindow;
import com.trackingintegration.domain.order.OrderItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.util.List;

import static com.trackingintegration.domain.fixtures.OrderBuilder.anItem;
import static org.assertj.core.api.Assertions.assertThat;

class SchedulingMappingTest {

    private static Scheduling scheduled(String start, String end) {
        return SchedulingMapping.schedulingOf(new DeliveryWindow(OffsetDateTime.parse(start), OffsetDateTime.parse(end)));
    }

    private static String periods(Scheduling s) {
        return (s.morning() ? "M" : "-") + (s.afternoon() ? "A" : "-") + (s.night() ? "N" : "-");
    }

    /** Brasília time is UTC-03:00 (no daylight saving since 2019); the boundaries are 12:00 and 18:00, ends exclusive. */
    @ParameterizedTest(name = "{0} to {1} is {2}")
    @CsvSource({
            "2026-12-02T08:00:00-03:00, 2026-12-02T12:00:00-03:00, M--",
            "2026-12-02T12:00:00-03:00, 2026-12-02T18:00:00-03:00, -A-",
            "2026-12-02T18:00:00-03:00, 2026-12-02T22:00:00-03:00, --N",
            "2026-12-02T11:00:00-03:00, 2026-12-02T13:00:00-03:00, MA-",
            "2026-12-02T17:59:00-03:00, 2026-12-02T18:01:00-03:00, -AN",
            "2026-12-02T09:00:00-03:00, 2026-12-02T21:00:00-03:00, MAN",
            // the same windows written in UTC, as VTEX's startDateUtc/endDateUtc are
            "2026-12-02T15:00:00Z, 2026-12-02T21:00:00Z, -A-",
            "2026-12-02T11:00:00Z, 2026-12-02T15:00:00Z, M--",
            "2026-12-02T21:00:00Z, 2026-12-03T01:00:00Z, --N",
            // across midnight: each day's part counts
            "2026-12-02T22:00:00-03:00, 2026-12-03T02:00:00-03:00, M-N",
            "2026-12-02T23:00:00-03:00, 2026-12-03T00:00:00-03:00, --N",
            // a day or more covers every period
            "2026-12-02T20:00:00-03:00, 2026-12-03T20:00:00-03:00, MAN",
            "2026-12-02T08:00:00-03:00, 2026-12-09T09:00:00-03:00, MAN",
            // a window of no length marks the period of its moment
            "2026-12-02T12:00:00-03:00, 2026-12-02T12:00:00-03:00, -A-",
            "2026-12-02T11:59:59-03:00, 2026-12-02T11:59:59-03:00, M--"})
    void a_window_marks_the_periods_it_overlaps_in_brasilia_time(String start, String end, String expected) {
        assertThat(periods(scheduled(start, end))).isEqualTo(expected);
    }

    @Test
    void the_customer_date_time_is_the_window_start() {
        assertThat(scheduled("2026-12-02T15:00:00Z", "2026-12-02T21:00:00Z").customerDateTime())
                .isEqualTo(OffsetDateTime.parse("2026-12-02T15:00:00Z"));
    }

    @Test
    void items_with_different_windows_take_the_earliest_starting_one() {
        List<OrderItem> items = List.of(
                anItem(0, "A").scheduled("2026-12-03T08:00:00-03:00", "2026-12-03T12:00:00-03:00").build(),
                anItem(1, "B").build(),
                anItem(2, "C").scheduled("2026-12-02T18:00:00-03:00", "2026-12-02T22:00:00-03:00").build());

        Scheduling scheduling = SchedulingMapping.schedulingOf(items).orElseThrow();

        assertThat(scheduling.customerDateTime()).isEqualTo(OffsetDateTime.parse("2026-12-02T18:00:00-03:00"));
        assertThat(periods(scheduling)).isEqualTo("--N");
    }

    @Test
    void items_without_a_window_have_no_scheduling() {
        assertThat(SchedulingMapping.schedulingOf(List.of(anItem(0, "A").build()))).isEmpty();
        assertThat(SchedulingMapping.schedulingOf(List.of())).isEmpty();
    }

    @Test
    void the_report_reads_the_brasilia_date_and_the_periods() {
        assertThat(SchedulingMapping.summaryOf(scheduled("2026-12-02T15:00:00Z", "2026-12-02T21:00:00Z")))
                .isEqualTo("scheduled 2026-12-02 afternoon");
        assertThat(SchedulingMapping.summaryOf(scheduled("2026-12-03T01:00:00Z", "2026-12-03T14:00:00Z")))
                .as("01:00 UTC on the 3rd is 22:00 on the 2nd in Brasília")
                .isEqualTo("scheduled 2026-12-02 morning, night");
    }
}
