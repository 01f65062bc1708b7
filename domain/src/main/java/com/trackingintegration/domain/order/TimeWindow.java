package com.trackingintegration.domain.order;

import java.time.Duration;
import java.time.Instant;

/** A half-open span of time [from, to), e.g. the invoicing dates one run imports. */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("a time window needs from before to, was [" + from + ", " + to + ")");
        }
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    @Override
    public String toString() {
        return "[" + from + ", " + to + ")";
    }
}
