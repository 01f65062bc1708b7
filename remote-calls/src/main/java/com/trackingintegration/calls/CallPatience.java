package com.trackingintegration.calls;

import java.time.Duration;

/**
 * How patient the calls to a remote system are, whatever carries them.
 *
 * @param connectTimeout how long a connection may take to open
 * @param readTimeout    how long an answer may take once the request is sent
 * @param maxAttempts    every try counts, the first included
 * @param firstBackoff   the wait before the second try; it doubles up to {@code maxBackoff}, with jitter
 * @param maxBackoff     the longest wait between two tries
 * @param maxRetryAfter  the longest wait a throttling server may ask for; one asking for more gets the call failed
 *                       instead, so a job fails visibly rather than sleeping for an hour
 */
public record CallPatience(Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration firstBackoff,
                           Duration maxBackoff, Duration maxRetryAfter) {

    /** 10 s to connect, 30 s to answer, 5 tries from 1 s to 30 s apart, a server's wait obeyed up to 2 minutes. */
    public static final CallPatience DEFAULTS = new CallPatience(Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
            Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));

    public CallPatience {
        positive("connect timeout", connectTimeout);
        positive("read timeout", readTimeout);
        positive("first backoff", firstBackoff);
        positive("max backoff", maxBackoff);
        positive("max Retry-After", maxRetryAfter);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, was " + maxAttempts);
        }
        if (maxBackoff.compareTo(firstBackoff) <= 0) {
            throw new IllegalArgumentException("max backoff must be longer than the first backoff");
        }
    }

    private static void positive(String what, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + value);
        }
    }
}
