package com.trackingintegration.http;

import dev.failsafe.RateLimitExceededException;
import dev.failsafe.RateLimiter;

import java.time.Duration;
import java.util.Optional;

/**
 * The rate a client keeps, whatever its concurrency: one limiter for all its calls and threads, requests spread
 * evenly, each waiting its turn (at most a read timeout), so a parallel fetch stays under the remote rate limit
 * instead of meeting 429s. Each wait is the limiter's own reservation, told to the observer as it is slept: what
 * the pace cost is what it asked for, not a clock read around it.
 */
final class Pace {

    private final HttpSettings settings;
    private final Optional<RateLimiter<Object>> limiter;

    Pace(HttpSettings settings) {
        this.settings = settings;
        this.limiter = settings.maxRequestsPerSecond() > 0
                ? Optional.of(RateLimiter.smoothBuilder(Math.max(1, Math.round(settings.maxRequestsPerSecond())), Duration.ofSeconds(1))
                .withMaxWaitTime(settings.readTimeout()).build())
                : Optional.empty();
    }

    /** Waits this request's turn; a turn further off than a read timeout fails the attempt (the limiter's exception). */
    void await() throws InterruptedException {
        if (limiter.isEmpty()) {
            return;
        }
        Duration wait = limiter.get().tryReservePermit(settings.readTimeout());
        if (wait.isNegative()) {
            throw new RateLimitExceededException(limiter.get());
        }
        settings.observer().paced(settings.system(), wait);
        if (!wait.isZero()) {
            Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        }
    }
}
