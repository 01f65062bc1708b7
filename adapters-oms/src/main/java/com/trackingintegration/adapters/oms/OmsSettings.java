package com.trackingintegration.adapters.oms;

import com.trackingintegration.calls.CallObserver;
import com.trackingintegration.calls.CallPatience;
import com.trackingintegration.http.HttpSettings;

import java.net.URI;
import java.time.Duration;

/**
 * How to reach the merchant's VTEX OMS and how to read it. The values come from the application's documented
 * configuration ({@code vtex.oms.*}, {@code integration.*}); only VTEX's own limits are here.
 *
 * @param indexingLag orders reach the list only once indexed (about 4 minutes): a window never ends closer to now
 * @param fetchConcurrency how many Get order calls run at once for one chunk
 * @param sellerId the seller of external orders' items ("1" is the main store)
 * @param marketplaceServicesEndpoint required by VTEX when placing an external order; a placeholder URL is accepted
 * @param feedVisibilityTimeout how long a feed item read but not committed stays hidden before it comes back
 * @param feedRetention how long the feed keeps an item: VTEX accepts 4 to 14 days
 */
public record OmsSettings(String account, String appKey, String appToken, int perPage, int maxPages,
                          Duration indexingLag, int fetchConcurrency, String sellerId, String marketplaceServicesEndpoint,
                          Duration feedVisibilityTimeout, Duration feedRetention, HttpSettings http) {

    /** List orders gives at most 30 pages of at most 100 orders for one filter (orders-api.json). */
    public static final int VTEX_MAX_PER_PAGE = 100;
    public static final int VTEX_MAX_PAGES = 30;

    public OmsSettings {
        if (appKey == null || appKey.isBlank() || appToken == null || appToken.isBlank()) {
            throw new IllegalArgumentException("vtex.oms.app-key and vtex.oms.app-token are required");
        }
        if (perPage < 1 || perPage > VTEX_MAX_PER_PAGE || maxPages < 1 || maxPages > VTEX_MAX_PAGES) {
            throw new IllegalArgumentException("List orders pages hold 1 to 100 orders, and at most 30 pages are served");
        }
        if (indexingLag == null || indexingLag.isNegative()) {
            throw new IllegalArgumentException("integration.indexing-lag cannot be negative");
        }
        if (fetchConcurrency < 1) {
            throw new IllegalArgumentException("the Get order concurrency must be at least 1");
        }
        checkValues(sellerId, marketplaceServicesEndpoint, feedVisibilityTimeout, feedRetention);
    }

    /**
     * The values that need no account, checked by the constructor and at start, before any credential is asked for.
     *
     * @throws IllegalArgumentException naming the property of the first bad value
     */
    public static void checkValues(String sellerId, String marketplaceServicesEndpoint, Duration feedVisibilityTimeout,
                                   Duration feedRetention) {
        if (sellerId == null || sellerId.isBlank()) {
            throw new IllegalArgumentException("vtex.oms.seller-id is required (\"1\" is the main store)");
        }
        if (marketplaceServicesEndpoint == null || marketplaceServicesEndpoint.isBlank()) {
            throw new IllegalArgumentException("vtex.oms.marketplace-services-endpoint is required (VTEX accepts a placeholder URL)");
        }
        // The feed counts its timeout in whole seconds: less than one would hide nothing, and the item comes back at once.
        if (feedVisibilityTimeout == null || feedVisibilityTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("vtex.oms.feed-visibility-timeout must be at least 1 second, was " + feedVisibilityTimeout);
        }
        if (feedRetention == null || feedRetention.compareTo(Duration.ofDays(4)) < 0 || feedRetention.compareTo(Duration.ofDays(14)) > 0) {
            throw new IllegalArgumentException("vtex.oms.feed-retention must be 4 to 14 days (what the Orders Feed accepts), was "
                    + (feedRetention == null ? null : feedRetention.toDays() + " days"));
        }
    }

    /** The name the OMS's calls carry in logs, errors and metrics. */
    public static final String SYSTEM = "VTEX OMS";

    /**
     * The settings as the application configures them. Every adapter built with the settings returned shares one pace
     * of {@code maxRequestsPerSecond} (0: none): VTEX limits the account, not each client.
     */
    public static OmsSettings of(String account, URI baseUrl, String appKey, String appToken, Duration indexingLag,
                                 int fetchConcurrency, String sellerId, String marketplaceServicesEndpoint,
                                 Duration feedVisibilityTimeout, Duration feedRetention, CallPatience patience,
                                 double maxRequestsPerSecond, CallObserver observer) {
        return new OmsSettings(account, appKey, appToken, VTEX_MAX_PER_PAGE, VTEX_MAX_PAGES, indexingLag, fetchConcurrency,
                sellerId, marketplaceServicesEndpoint, feedVisibilityTimeout, feedRetention,
                new HttpSettings(SYSTEM, baseUrl, patience, maxRequestsPerSecond, observer));
    }

    /** A pace of {@code rate} OMS requests a second is possible: 0 (none) or more. */
    public static void checkPace(double rate) {
        HttpSettings.checkRate(SYSTEM, rate);
    }

    /** The OMS's address when given ({@code vtex.oms.base-url}, a sandbox or a mock): absolute, http or https. */
    public static void checkBaseUrl(URI baseUrl) {
        if (!HttpSettings.isHttpUrl(baseUrl)) {
            throw new IllegalArgumentException("vtex.oms.base-url must be an absolute http or https URL, was " + baseUrl);
        }
    }

    /** {@code https://{account}.vtexcommercestable.com.br}, the only environment VTEX's specs name. */
    public static URI baseUrlOf(String account) {
        if (account == null || !account.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("vtex.account must be the VTEX account name (lowercase letters, digits, '-'), was '" + account + "'");
        }
        return URI.create("https://" + account + ".vtexcommercestable.com.br");
    }

    /** The app token stays out of every log line, even when settings are printed whole. */
    @Override
    public String toString() {
        return "OmsSettings[account=" + account + ", appKey=" + appKey + ", appToken=******, perPage=" + perPage
                + ", maxPages=" + maxPages + ", indexingLag=" + indexingLag + ", fetchConcurrency=" + fetchConcurrency + "]";
    }
}
