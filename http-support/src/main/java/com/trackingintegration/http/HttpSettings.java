package com.trackingintegration.http;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach one remote system and how patiently.
 *
 * @param system the name used in logs and errors ("VTEX OMS", "VTEX Tracking")
 * @param maxAttempts every try counts, the first included
 * @param firstBackoff the wait before the second try; it doubles up to {@code maxBackoff}, with jitter
 * @param maxRetryAfter the longest {@code Retry-After} obeyed; a server asking for more gets the call failed instead,
 *                      so a job fails visibly rather than sleeping for an hour
 * @param pace the pace every client made with these settings keeps together, whatever their concurrency
 *             ({@link RequestPace#NONE}: no limit), so they stay under the remote system's rate limit instead of running
 *             into 429s: one instance, so clients given the same settings share it
 * @param observer what is told each attempt, retry, 429 and wait for the pace ({@link CallObserver#NONE}: nobody)
 */
public record HttpSettings(String system, URI baseUrl, Duration connectTimeout, Duration readTimeout, int maxAttempts,
                           Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter, RequestPace pace,
                           CallObserver observer) {

    public HttpSettings {
        if (system == null || system.isBlank()) {
            throw new IllegalArgumentException("the remote system needs a name");
        }
        if (baseUrl == null || !baseUrl.isAbsolute()) {
            throw new IllegalArgumentException(system + ": base URL must be absolute (http or https), was " + baseUrl);
        }
        baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        positive(system, "connect timeout", connectTimeout);
        positive(system, "read timeout", readTimeout);
        positive(system, "first backoff", firstBackoff);
        positive(system, "max backoff", maxBackoff);
        positive(system, "max Retry-After", maxRetryAfter);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(system + ": at least one attempt, was " + maxAttempts);
        }
        pace = pace == null ? RequestPace.NONE : pace;
        if (maxBackoff.compareTo(firstBackoff) <= 0) {
            throw new IllegalArgumentException(system + ": max backoff must be longer than the first backoff");
        }
        observer = observer == null ? CallObserver.NONE : observer;
    }

    /** Observed by nobody, with a pace of its own. */
    public HttpSettings(String system, URI baseUrl, Duration connectTimeout, Duration readTimeout, int maxAttempts,
                        Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter, double maxRequestsPerSecond) {
        this(system, baseUrl, connectTimeout, readTimeout, maxAttempts, firstBackoff, maxBackoff, maxRetryAfter,
                paceOf(system, maxRequestsPerSecond, readTimeout), CallObserver.NONE);
    }

    /** Without a rate limit of its own. */
    public HttpSettings(String system, URI baseUrl, Duration connectTimeout, Duration readTimeout, int maxAttempts,
                        Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter) {
        this(system, baseUrl, connectTimeout, readTimeout, maxAttempts, firstBackoff, maxBackoff, maxRetryAfter, 0);
    }

    /** Production defaults: 10 s to connect, 30 s to answer, 5 tries from 1 s to 30 s, Retry-After up to 2 minutes. */
    public static HttpSettings defaults(String system, URI baseUrl) {
        return new HttpSettings(system, baseUrl, Duration.ofSeconds(10), Duration.ofSeconds(30), 5,
                Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));
    }

    /** A new pace of {@code rate} requests a second (0: none), for the clients made with the settings returned. */
    public HttpSettings withMaxRequestsPerSecond(double rate) {
        return new HttpSettings(system, baseUrl, connectTimeout, readTimeout, maxAttempts, firstBackoff, maxBackoff, maxRetryAfter,
                paceOf(system, rate, readTimeout), observer);
    }

    public HttpSettings observedBy(CallObserver calls) {
        return new HttpSettings(system, baseUrl, connectTimeout, readTimeout, maxAttempts, firstBackoff, maxBackoff, maxRetryAfter, pace, calls);
    }

    /** A turn is waited for at most a read timeout: a request that would wait longer fails its attempt instead. */
    private static RequestPace paceOf(String system, double rate, Duration readTimeout) {
        if (rate < 0 || Double.isNaN(rate)) {
            throw new IllegalArgumentException(system + ": the request rate limit cannot be negative, was " + rate);
        }
        positive(system, "read timeout", readTimeout);
        return RequestPace.perSecond(rate, readTimeout);
    }

    private static void positive(String system, String what, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(system + ": " + what + " must be positive, was " + value);
        }
    }
}
