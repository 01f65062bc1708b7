package com.trackingintegration.batch.config;

import com.trackingintegration.adapters.oms.OmsSettings;
import com.trackingintegration.adapters.tracking.TrackingSettings;
import com.trackingintegration.http.CallObserver;
import com.trackingintegration.http.HttpSettings;

import java.net.URI;
import java.time.Duration;
import java.util.function.IntSupplier;

import static com.trackingintegration.batch.config.PropertyValues.checked;
import static com.trackingintegration.batch.config.PropertyValues.require;

/**
 * The {@code vtex.*} properties turned into each VTEX adapter's settings, every value from the documented
 * configuration. Built when a command needs VTEX, so credentials are asked for only then: the demo, report and
 * executions run without an account.
 */
public final class VtexSettings {

    private final VtexProperties vtex;
    private final Duration indexingLag;
    private final IntSupplier fetchConcurrency;
    private final CallObserver calls;

    /**
     * @param fetchConcurrency {@code integration.fetch-concurrency}, checked
     * @param calls            told every VTEX call, retry, 429 and wait for the pace (the metrics)
     */
    VtexSettings(VtexProperties vtex, Duration indexingLag, IntSupplier fetchConcurrency, CallObserver calls) {
        this.vtex = vtex;
        this.indexingLag = indexingLag;
        this.fetchConcurrency = fetchConcurrency;
        this.calls = calls;
    }

    public OmsSettings oms() {
        VtexProperties.Oms oms = vtex.oms();
        URI baseUrl = oms.baseUrl() != null ? oms.baseUrl() : checked("vtex.account", () -> OmsSettings.baseUrlOf(vtex.account()));
        require("vtex.oms.app-key", oms.appKey());
        require("vtex.oms.app-token", oms.appToken());
        require("vtex.oms.seller-id", oms.sellerId());
        require("vtex.oms.marketplace-services-endpoint", oms.marketplaceServicesEndpoint());
        int concurrency = fetchConcurrency.getAsInt();
        HttpSettings http = http("VTEX OMS", baseUrl).withMaxRequestsPerSecond(oms.maxRequestsPerSecond());
        // Every list reads VTEX's largest pages, as many as it serves: fewer calls, and no setting to get wrong.
        return checked("vtex.oms", () -> new OmsSettings(vtex.account(), oms.appKey(), oms.appToken(), OmsSettings.VTEX_MAX_PER_PAGE,
                OmsSettings.VTEX_MAX_PAGES, indexingLag, concurrency, oms.sellerId().strip(), oms.marketplaceServicesEndpoint().strip(),
                oms.feedVisibilityTimeout(), oms.feedRetention(), http));
    }

    public TrackingSettings tracking() {
        VtexProperties.Tracking tracking = vtex.tracking();
        require("vtex.tracking.username", tracking.username());
        require("vtex.tracking.password", tracking.password());
        return checked("vtex.tracking.batch-size, vtex.tracking.page-size", () -> new TrackingSettings(tracking.username(),
                tracking.password(), tracking.batchSize(), tracking.pageSize(), TrackingSettings.VTEX_QUERY_INTERVAL,
                http("VTEX Tracking", tracking.baseUrl())));
    }

    /** What can be checked without credentials: vtex.http.*, the OMS pace, and the account's name when it gives the OMS's address. */
    void checkAtStart() {
        http("VTEX", vtex.tracking().baseUrl());
        checked("vtex.oms.max-requests-per-second", () -> HttpSettings.defaults("VTEX OMS", vtex.tracking().baseUrl())
                .withMaxRequestsPerSecond(vtex.oms().maxRequestsPerSecond()));
        if (vtex.oms().baseUrl() == null && !vtex.account().isBlank()) {
            checked("vtex.account", () -> OmsSettings.baseUrlOf(vtex.account()));
        }
    }

    private HttpSettings http(String system, URI baseUrl) {
        VtexProperties.Http http = vtex.http();
        return checked("vtex.http", () -> new HttpSettings(system, baseUrl, http.connectTimeout(), http.readTimeout(), http.maxAttempts(),
                http.firstBackoff(), http.maxBackoff(), http.maxRetryAfter()).observedBy(calls));
    }
}
