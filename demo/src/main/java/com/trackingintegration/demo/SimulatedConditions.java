package com.trackingintegration.demo;

import java.time.Clock;
import java.time.Duration;

/**
 * How the simulated VTEX behaves on the wire: a delay before each answer, and a rate limit on the OMS (requests a
 * second; beyond it a 429 with {@code Retry-After: 1}, as VTEX throttles), 0 for none; the share of Orders Feed
 * events that come twice; the clock the feed's visibility timeout runs on.
 */
public record SimulatedConditions(Duration latency, int omsRequestsPerSecond, double feedDuplicateRate, Clock clock) {
    public static final SimulatedConditions IDEAL = new SimulatedConditions(Duration.ZERO, 0);

    public SimulatedConditions(Duration latency, int omsRequestsPerSecond) {
        this(latency, omsRequestsPerSecond, 0, Clock.systemUTC());
    }

    public SimulatedConditions withFeedDuplicates(double rate) {
        return new SimulatedConditions(latency, omsRequestsPerSecond, rate, clock);
    }

    public SimulatedConditions on(Clock feedClock) {
        return new SimulatedConditions(latency, omsRequestsPerSecond, feedDuplicateRate, feedClock);
    }
}
