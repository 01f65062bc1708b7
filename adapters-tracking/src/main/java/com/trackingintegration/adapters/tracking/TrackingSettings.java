package com.trackingintegration.adapters.tracking;

import com.trackingintegration.calls.CallObserver;
import com.trackingintegration.calls.CallPatience;
import com.trackingintegration.http.HttpSettings;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach VTEX Tracking: the API user and its password, how many delivery services go in one request, how many
 * services a status page holds, and the HTTP patience.
 */
public record TrackingSettings(String username, String password, int maxBatchSize, int pageSize,
                               Duration minimumQueryInterval, HttpSettings http) {

    /** VTEX Tracking's own server ({@code servers} of tracking.json). */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.vtextracking.com/receiver");

    /** "We recommend that customers call our GET endpoints only once in every 6 hours" (tracking.json). */
    public static final Duration VTEX_QUERY_INTERVAL = Duration.ofHours(6);

    /** The name Tracking's calls carry in logs, errors and metrics. */
    public static final String SYSTEM = "VTEX Tracking";

    /** The settings as the application configures them; status queries no more often than VTEX asks. */
    public static TrackingSettings of(URI baseUrl, String username, String password, int maxBatchSize, int pageSize,
                                      CallPatience patience, CallObserver observer) {
        checkValues(baseUrl, maxBatchSize, pageSize);
        return new TrackingSettings(username, password, maxBatchSize, pageSize, VTEX_QUERY_INTERVAL,
                new HttpSettings(SYSTEM, baseUrl, patience, 0, observer));
    }

    public TrackingSettings {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("vtex.tracking.username is required");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("vtex.tracking.password is required");
        }
        checkSizes(maxBatchSize, pageSize);
        if (minimumQueryInterval == null || minimumQueryInterval.isNegative()) {
            throw new IllegalArgumentException("the minimum interval between the same Tracking query cannot be negative");
        }
    }

    /**
     * Tracking's address, and how many services go in one request and one status page: checked by the factory and at
     * start, before any credential is asked for.
     *
     * @throws IllegalArgumentException naming the property of the bad value
     */
    public static void checkValues(URI baseUrl, int maxBatchSize, int pageSize) {
        if (!HttpSettings.isHttpUrl(baseUrl)) {
            throw new IllegalArgumentException("vtex.tracking.base-url must be an absolute http or https URL, was " + baseUrl);
        }
        checkSizes(maxBatchSize, pageSize);
    }

    private static void checkSizes(int maxBatchSize, int pageSize) {
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("vtex.tracking.batch-size must be positive, was " + maxBatchSize);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("vtex.tracking.page-size must be positive, was " + pageSize);
        }
    }

    /** The password stays out of every log line, even when settings are printed whole. */
    @Override
    public String toString() {
        return "TrackingSettings[username=" + username + ", password=******, maxBatchSize=" + maxBatchSize
                + ", pageSize=" + pageSize + ", minimumQueryInterval=" + minimumQueryInterval + ", http=" + http + "]";
    }
}
