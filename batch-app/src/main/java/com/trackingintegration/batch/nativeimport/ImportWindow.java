package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.domain.order.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Which invoicing window a nativeImport run reads. A backfill names it ({@code from}, {@code to}); an incremental run
 * (neither) goes on from where the last incremental run ended, less a small overlap (an order invoiced right at the
 * edge is read twice rather than never; the ledger keeps it from being sent twice), to now less the indexing lag. The
 * first run looks back a configured period. No window ends later than now less the indexing lag: VTEX lists an order
 * only minutes after it changes, and a window read too early would miss orders for good. Only an incremental run
 * moves the cursor (to the end of what it read): a backfill reads what it is asked and leaves it where it was, so the
 * cursor only ever records what was really listed, contiguously.
 *
 * @param askedTo the backfill's {@code to} when it was later than now less the indexing lag, and so clamped
 */
record ImportWindow(TimeWindow window, boolean incremental, Optional<Instant> askedTo) {

    static ImportWindow of(Optional<String> from, Optional<String> to, Optional<Instant> lastEnd, Instant now,
                           Duration indexingLag, Duration initialLookback, Duration overlap) {
        Instant latest = now.minus(indexingLag);
        Optional<Instant> asked = to.map(t -> parse("to", t));
        Instant end = asked.filter(t -> t.isBefore(latest)).orElse(latest);
        Instant start = from.map(f -> parse("from", f))
                .orElseGet(() -> lastEnd.map(last -> last.minus(overlap)).orElse(end.minus(initialLookback)));
        if (!start.isBefore(end)) {
            throw new InvalidConfigurationException("the window to import is empty: from " + start + " is not before to " + end
                    + (asked.isPresent() && end.equals(latest) ? " (now less the indexing lag)" : "")
                    + (from.isEmpty() ? " (the end of the last incremental run, less integration.window-overlap)" : ""));
        }
        return new ImportWindow(new TimeWindow(start, end), from.isEmpty() && to.isEmpty(), asked.filter(t -> !t.isBefore(latest)));
    }

    /** One line for the operator when the asked {@code to} was clamped. */
    Optional<String> clamped() {
        return askedTo.map(asked -> "to=" + asked + " is later than now less the indexing lag (integration.indexing-lag): the window ends at "
                + window.to() + " instead");
    }

    private static Instant parse(String parameter, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidConfigurationException("job parameter " + parameter + " must be an ISO-8601 instant such as"
                    + " 2026-11-20T00:00:00Z, was '" + value + "'");
        }
    }
}
