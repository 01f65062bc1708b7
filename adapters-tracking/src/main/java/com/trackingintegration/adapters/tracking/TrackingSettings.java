package com.trackingintegration.adapters.tracking;

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

    public TrackingSettings {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("vtex.tracking.username is required");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("vtex.tracking.password is required");
        }
        if (maxBatchSize < 1 || pageSize < 1) {
            throw new IllegalArgumentException("VTEX Tracking batch size and page size must be positive");
        }
        if (minimumQueryInterval == null || minimumQueryInterval.isNegative()) {
            throw new IllegalArgumentException("the minimum interval between the same Tracking query cannot be negative");
        }
    }

    /** The password stays out of every log line, even when settings are printed whole. */
    @Override
    public String toString() {
        return "TrackingSettings[username=" + username + ", password=******, maxBatchSize=" + maxBatchSize
                + ", pageSize=" + pageSize + ", minimumQueryInterval=" + minimumQueryInterval + ", http=" + http + "]";
    }
}
