package com.trackingintegration.domain.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every status of one invoice that the OMS is to hold, oldest first: those it accepted before and the one being sent.
 * The OMS is sent the whole timeline each time ({@code PUT .../tracking} carries the invoice's events as a list), so
 * no update overwrites or repeats an earlier one.
 */
public record InvoiceTimeline(List<ReportedStatus> statuses) {

    private static final Comparator<ReportedStatus> OLDEST_FIRST =
            Comparator.comparing((ReportedStatus s) -> s.at().toInstant()).thenComparing(ReportedStatus::status);

    public InvoiceTimeline {
        statuses = statuses.stream().sorted(OLDEST_FIRST).toList();
        if (statuses.isEmpty()) {
            throw new IllegalArgumentException("an invoice's timeline holds at least the status being sent");
        }
        if (statuses.stream().map(ReportedStatus::status).distinct().count() != statuses.size()) {
            throw new IllegalArgumentException("an invoice's timeline holds each status once: " + statuses);
        }
    }

    /** The statuses the OMS accepted, with the one just reported; a status reported again replaces its earlier report. */
    public static InvoiceTimeline of(List<ReportedStatus> accepted, ReportedStatus latest) {
        List<ReportedStatus> all = new ArrayList<>(accepted);
        all.removeIf(earlier -> earlier.status() == latest.status());
        all.add(latest);
        return new InvoiceTimeline(all);
    }

    /**
     * The first status reported: statuses are followed from Roteirizado on (the service is in a driver's route, in the
     * carrier's hands), so that is when the package was dispatched. Later statuses never move it: it is the OMS's
     * {@code dispatchedDate}, not the date of each status.
     */
    public OffsetDateTime dispatchedAt() {
        return statuses.get(0).at();
    }

    /** When it was delivered, if it was: among the statuses followed, VTEX Tracking has no way back from Realizado. */
    public Optional<OffsetDateTime> deliveredAt() {
        return statuses.stream().filter(s -> s.status() == TrackingStatus.REALIZADO).map(ReportedStatus::at).findFirst();
    }

    public List<TrackingEvent> events() {
        return statuses.stream().map(ReportedStatus::event).toList();
    }
}
