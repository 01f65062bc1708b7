package com.trackingintegration.batch.config;

import com.trackingintegration.adapters.oms.OmsSettings;
import com.trackingintegration.adapters.tracking.TrackingSettings;
import com.trackingintegration.calls.CallObserver;
import com.trackingintegration.calls.CallPatience;

import java.net.URI;
import java.time.Duration;
import java.util.function.IntSupplier;

import static com.trackingintegration.batch.config.PropertyValues.checked;
import static com.trackingintegration.batch.config.PropertyValues.require;

/**
 * The {@code vtex.*} properties turned into each VTEX adapter's settings, every value from the documented
 * configuration. An adapter's settings are built when the adapter is, so credentials are asked for only by the commands
 * that call VTEX: the demo, report and executions run without an account. Every other value is checked at start.
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

    /** Every OMS adapter built with the settings returned shares their pace: build them once per process. */
    public OmsSettings oms() {
        VtexProperties.Oms oms = vtex.oms();
        URI baseUrl = oms.baseUrl() != null ? oms.baseUrl() : checked("vtex.account", () -> OmsSettings.baseUrlOf(vtex.account()));
        require("vtex.oms.app-key", oms.appKey());
        require("vtex.oms.app-token", oms.appToken());
        int concurrency = fetchConcurrency.getAsInt();
        CallPatience patience = patience();
        checkPace();
        return checked("vtex.oms", () -> OmsSettings.of(vtex.account(), baseUrl, oms.appKey(), oms.appToken(), indexingLag, concurrency,
                oms.sellerId().strip(), oms.marketplaceServicesEndpoint().strip(), oms.feedVisibilityTimeout(), oms.feedRetention(),
                patience, oms.maxRequestsPerSecond(), calls));
    }

    public TrackingSettings tracking() {
        VtexProperties.Tracking tracking = vtex.tracking();
        require("vtex.tracking.username", tracking.username());
        require("vtex.tracking.password", tracking.password());
        CallPatience patience = patience();
        return checked("vtex.tracking", () -> TrackingSettings.of(tracking.baseUrl(), tracking.username(), tracking.password(),
                tracking.batchSize(), tracking.pageSize(), patience, calls));
    }

    /** {@code vtex.http.*} and the OMS pace. */
    void checkHttp() {
        patience();
        checkPace();
    }

    /** The OMS's address: {@code vtex.oms.base-url} when given, else the account's name when set. */
    void checkAccount() {
        URI baseUrl = vtex.oms().baseUrl();
        if (baseUrl != null) {
            checked("vtex.oms.base-url", () -> {
                OmsSettings.checkBaseUrl(baseUrl);
                return baseUrl;
            });
        } else if (!vtex.account().isBlank()) {
            checked("vtex.account", () -> OmsSettings.baseUrlOf(vtex.account()));
        }
    }

    /** The OMS values that need no credentials: the seller, the marketplace endpoint, the feed's timeout and retention. */
    void checkOmsValues() {
        VtexProperties.Oms oms = vtex.oms();
        checked("vtex.oms", () -> {
            OmsSettings.checkValues(oms.sellerId(), oms.marketplaceServicesEndpoint(), oms.feedVisibilityTimeout(), oms.feedRetention());
            return oms;
        });
    }

    /** VTEX Tracking's address, and how many services go in one request and in one status page. */
    void checkTrackingValues() {
        checked("vtex.tracking", () -> {
            TrackingSettings.checkValues(vtex.tracking().baseUrl(), vtex.tracking().batchSize(), vtex.tracking().pageSize());
            return vtex.tracking();
        });
    }

    private CallPatience patience() {
        VtexProperties.Http http = vtex.http();
        return checked("vtex.http", () -> new CallPatience(http.connectTimeout(), http.readTimeout(), http.maxAttempts(),
                http.firstBackoff(), http.maxBackoff(), http.maxRetryAfter()));
    }

    private void checkPace() {
        checked("vtex.oms.max-requests-per-second", () -> {
            OmsSettings.checkPace(vtex.oms().maxRequestsPerSecond());
            return vtex.oms();
        });
    }
}
