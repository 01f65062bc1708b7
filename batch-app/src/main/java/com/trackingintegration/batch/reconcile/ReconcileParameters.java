package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.cli.JobParameterCheck;
import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.domain.order.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * reconcile's window, {@code from} and {@code to}: both required, {@code from} before {@code to}, at most 31 days
 * apart (a month of orders is looked up in Tracking one by one: a longer window is a backfill, run in parts).
 */
final class ReconcileParameters implements JobParameterCheck {

    static final Duration LONGEST = Duration.ofDays(31);

    @Override
    public String job() {
        return ReconcileJobConfiguration.JOB;
    }

    @Override
    public Set<String> names() {
        return Set.of("from", "to");
    }

    @Override
    public List<String> check(Map<String, String> parameters) {
        window(parameters.get("from"), parameters.get("to"));
        return List.of();
    }

    /** The window these parameters name, or the one line naming the parameter at fault. */
    static TimeWindow window(String from, String to) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (!start.isBefore(end)) {
            throw new InvalidConfigurationException("to must be after from, was from=" + from + " to=" + to);
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new InvalidConfigurationException("to must be at most 31 days after from, was " + Duration.between(start, end).toDays()
                    + " days: reconcile a longer span in parts");
        }
        return new TimeWindow(start, end);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationException(name + " is required: start reconcile from=2026-11-26T00:00:00Z to=2026-11-27T00:00:00Z");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidConfigurationException(name + " must be an ISO instant such as 2026-11-26T00:00:00Z, was '" + value + "'");
        }
    }
}
