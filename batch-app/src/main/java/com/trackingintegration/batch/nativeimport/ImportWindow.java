package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.domain.order.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Which invoicing window a nativeImport run reads. A backfill names it ({@code from}, {@code to}); otherwise it runs
 * from where the last successful run ended, less a small overlap (an order invoiced right at the edge is read
 * twice rather than never; the ledger keeps it from being sent twice), to now less the indexing lag. The first run
 * looks back a configured period.
 */
final class ImportWindow {

    private ImportWindow() {
    }

    static TimeWindow of(Optional<String> from, Optional<String> to, Optional<Instant> lastEnd, Instant now,
                         Duration indexingLag, Duration initialLookback, Duration overlap) {
        Instant end = to.map(t -> parse("to", t)).orElse(now.minus(indexingLag));
        Instant start = from.map(f -> parse("from", f))
                .orElseGet(() -> lastEnd.map(last -> last.minus(overlap)).orElse(end.minus(initialLookback)));
        if (!start.isBefore(end)) {
            throw new InvalidConfigurationException("the window to import is empty: from " + start + " is not before to " + end
                    + (to.isEmpty() ? " (now less the indexing lag)" : ""));
        }
        return new TimeWindow(start, end);
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
