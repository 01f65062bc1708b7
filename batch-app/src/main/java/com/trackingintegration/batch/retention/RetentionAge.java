package com.trackingintegration.batch.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How old a record must be to be purged: whole days, written {@code 90d} (on {@code purge --older-than} and in
 * {@code integration.retention.older-than}). Days only: a purge measured in hours would be a mistake (VTEX's
 * six-hour rule still needs the query history of the last hours), so it cannot be written.
 */
public record RetentionAge(long days) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,5})d");

    public RetentionAge {
        if (days < 1) {
            throw new IllegalArgumentException("a retention age is at least one day, was " + days);
        }
    }

    /** {@code 90d}, or empty when the text is no whole number of days from 1. */
    public static Optional<RetentionAge> parse(String written) {
        Matcher days = WRITTEN.matcher(written == null ? "" : written.strip());
        if (!days.matches() || Long.parseLong(days.group(1)) < 1) {
            return Optional.empty();
        }
        return Optional.of(new RetentionAge(Long.parseLong(days.group(1))));
    }

    /** What is older than this instant is purged. */
    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(days));
    }

    @Override
    public String toString() {
        return days + "d";
    }
}
