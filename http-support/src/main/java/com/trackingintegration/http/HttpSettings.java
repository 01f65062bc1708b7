package com.trackingintegration.http;

import com.trackingintegration.calls.CallObserver;
import com.trackingintegration.calls.CallPatience;

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
        if (!isHttpUrl(baseUrl)) {
            throw new IllegalArgumentException(system + ": base URL must be absolute (http or https), was " + baseUrl);
        }
        baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        try {
            new CallPatience(connectTimeout, readTimeout, maxAttempts, firstBackoff, maxBackoff, maxRetryAfter);
        } catch (IllegalArgumentException impatient) {
            throw new IllegalArgumentException(system + ": " + impatient.getMessage(), impatient);
        }
        pace = pace == null ? RequestPace.NONE : pace;
        observer = observer == null ? CallObserver.NONE : observer;
    }

    /** Observed by nobody, with a pace of its own. */
    public HttpSettings(String system, URI baseUrl, Duration connectTimeout, Duration readTimeout, int maxAttempts,
                        Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter, double maxRequestsPerSecond) {
        this(system, baseUrl, connectTimeout, readTimeout, maxAttempts, firstBackoff, maxBackoff, maxRetryAfter,
                paceOf(system, maxRequestsPerSecond, readTimeout), CallObserver.NONE);
    }

    /**
     * As the application configures a system: its patience, a pace of {@code maxRequestsPerSecond} (0: none) for every
     * client made with these settings, and who is told of each call.
     */
    public HttpSettings(String system, URI baseUrl, CallPatience patience, double maxRequestsPerSecond, CallObserver observer) {
        this(system, baseUrl, patience.connectTimeout(), patience.readTimeout(), patience.maxAttempts(), patience.firstBackoff(),
                patience.maxBackoff(), patience.maxRetryAfter(), paceOf(system, maxRequestsPerSecond, patience.readTimeout()), observer);
    }

    /** Without a rate limit of its own. */
    public HttpSettings(String system, URI baseUrl, Duration connectTimeout, Duration readTimeout, int maxAttempts,
                        Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter) {
        this(system, baseUrl, connectTimeout, readTimeout, maxAttempts, firstBackoff, maxBackoff, maxRetryAfter, 0);
    }

    /** Production defaults ({@link CallPatience#DEFAULTS}), no pace, observed by nobody. */
    public static HttpSettings defaults(String system, URI baseUrl) {
        return new HttpSettings(system, baseUrl, CallPatience.DEFAULTS, 0, CallObserver.NONE);
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
        checkRate(system, rate);
        if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException(system + ": read timeout must be positive, was " + readTimeout);
        }
        return RequestPace.perSecond(rate, readTimeout);
    }

    /** Whether {@code url} can be a base URL: absolute, http or https. */
    public static boolean isHttpUrl(URI url) {
        return url != null && url.isAbsolute() && ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()));
    }

    /** A pace of {@code rate} requests a second is possible: 0 (none) or more. */
    public static void checkRate(String system, double rate) {
        if (rate < 0 || Double.isNaN(rate)) {
            throw new IllegalArgumentException(system + ": the request rate limit cannot be negative, was " + rate);
        }
    }
}
