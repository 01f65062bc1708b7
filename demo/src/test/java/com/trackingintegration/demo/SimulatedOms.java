package com.trackingintegration.demo;

import com.trackingintegration.adapters.oms.OmsSettings;
import com.trackingintegration.http.HttpSettings;

import java.net.URI;
import java.time.Duration;

/** The OMS settings the simulator's tests call it with: VTEX's page limits, the demo's credentials, the test's patience. */
final class SimulatedOms {

    static final Duration FEED_VISIBILITY = Duration.ofSeconds(250);

    private SimulatedOms() {
    }

    static HttpSettings http(URI base, int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter) {
        return new HttpSettings("VTEX OMS", base, Duration.ofSeconds(2), Duration.ofSeconds(5), maxAttempts, firstBackoff, maxBackoff,
                maxRetryAfter);
    }

    static OmsSettings settings(HttpSettings http, int fetchConcurrency, Duration feedVisibility) {
        return new OmsSettings("demo", "key", "token", OmsSettings.VTEX_MAX_PER_PAGE, OmsSettings.VTEX_MAX_PAGES, Duration.ofMinutes(5),
                fetchConcurrency, "1", "https://marketplaceservices.invalid", feedVisibility, Duration.ofDays(14), http);
    }
}
