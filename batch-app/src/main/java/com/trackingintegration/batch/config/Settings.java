package com.trackingintegration.batch.config;

import com.trackingintegration.adapters.oms.OmsSettings;
import com.trackingintegration.adapters.tracking.TrackingSettings;
import com.trackingintegration.batch.retention.RetentionAge;
import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.settings.IntegrationSettings;
import com.trackingintegration.domain.settings.Routing;
import com.trackingintegration.http.CallObserver;
import com.trackingintegration.http.HttpSettings;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The properties turned into the settings of the domain and of each adapter. Each conversion is checked where it
 * is needed (the demo needs no VTEX account), and a bad value is reported with the name of its property.
 */
public final class Settings {

    private final IntegrationProperties integration;
    private final VtexProperties vtex;
    private final CallObserver calls;

    /** @param calls told every VTEX call, retry, 429 and wait for the pace (the metrics) */
    public Settings(IntegrationProperties integration, VtexProperties vtex, CallObserver calls) {
        this.integration = integration;
        this.vtex = vtex;
        this.calls = calls;
    }

    public IntegrationProperties integration() {
        return integration;
    }

    public IntegrationSettings integrationSettings() {
        Routing routing = routing();
        Set<Cnpj> issuers = issuerCnpjs();
        Set<Cnpj> carrierCnpjs = carrierCnpjs();
        return checked("integration.carriers", () -> new IntegrationSettings(integration.invoiceFileRequired(),
                integration.statusUpdates(), routing, new LinkedHashSet<>(integration.carriers()), issuers, carrierCnpjs));
    }

    Routing routing() {
        return checked("integration.routing", () -> Routing.parse(integration.routing()));
    }

    Set<Cnpj> issuerCnpjs() {
        return cnpjs("integration.issuer-cnpjs", integration.issuerCnpjs());
    }

    Set<Cnpj> carrierCnpjs() {
        return cnpjs("integration.carrier-cnpjs", integration.carrierCnpjs());
    }

    /**
     * A comma list of CNPJs. A bad one is named by its place in the list and as written: a CNPJ identifies a company,
     * not a person, so showing it is no leak, and it is what the operator must find and fix. Blank entries (a trailing
     * comma) are no CNPJ and are passed over.
     */
    private static Set<Cnpj> cnpjs(String property, List<String> written) {
        Set<Cnpj> cnpjs = new LinkedHashSet<>();
        for (int i = 0; i < written.size(); i++) {
            String value = written.get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                cnpjs.add(Cnpj.parse(value));
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException(property + ": value " + (i + 1) + " of " + written.size() + " ('" + value
                        + "') is not a CNPJ: " + e.getMessage());
            }
        }
        return cnpjs;
    }

    /** {@code integration.native.source}: {@code list} (by invoicing window) or {@code feed} (the Orders Feed v3). */
    public boolean nativeSourceIsFeed() {
        String source = integration.nativeImport().source().strip().toLowerCase(java.util.Locale.ROOT);
        if (!source.equals("list") && !source.equals("feed")) {
            throw new InvalidConfigurationException("integration.native.source must be list or feed, was '" + integration.nativeImport().source() + "'");
        }
        return source.equals("feed");
    }

    public int chunkSize() {
        if (integration.chunkSize() < 1 || integration.chunkSize() > 1000) {
            throw new InvalidConfigurationException("integration.chunk-size must be between 1 and 1000, was " + integration.chunkSize());
        }
        return integration.chunkSize();
    }

    /** OMS calls made at once: Get order calls within a chunk, external orders advanced together. */
    public int fetchConcurrency() {
        if (integration.fetchConcurrency() < 1 || integration.fetchConcurrency() > 256) {
            throw new InvalidConfigurationException("integration.fetch-concurrency must be between 1 and 256, was " + integration.fetchConcurrency());
        }
        return integration.fetchConcurrency();
    }

    public OmsSettings oms() {
        URI baseUrl = vtex.oms().baseUrl() != null ? vtex.oms().baseUrl()
                : checked("vtex.account", () -> OmsSettings.baseUrlOf(vtex.account()));
        require("vtex.oms.app-key", vtex.oms().appKey());
        require("vtex.oms.app-token", vtex.oms().appToken());
        fetchConcurrency();
        OmsSettings defaults = OmsSettings.defaults(baseUrl, vtex.account(), vtex.oms().appKey(), vtex.oms().appToken());
        return checked("integration.indexing-lag", () -> new OmsSettings(defaults.account(), defaults.appKey(), defaults.appToken(),
                defaults.perPage(), defaults.maxPages(), integration.indexingLag(), integration.fetchConcurrency(), defaults.sellerId(),
                defaults.marketplaceServicesEndpoint(), defaults.feedVisibilityTimeout(), defaults.feedRetention(),
                http("VTEX OMS", baseUrl).withMaxRequestsPerSecond(vtex.oms().maxRequestsPerSecond())));
    }

    public TrackingSettings tracking() {
        require("vtex.tracking.username", vtex.tracking().username());
        require("vtex.tracking.password", vtex.tracking().password());
        TrackingSettings defaults = TrackingSettings.defaults(vtex.tracking().baseUrl(), vtex.tracking().username(), vtex.tracking().password());
        return new TrackingSettings(defaults.username(), defaults.password(), defaults.maxBatchSize(), defaults.pageSize(),
                defaults.minimumQueryInterval(), http("VTEX Tracking", vtex.tracking().baseUrl()));
    }

    private HttpSettings http(String system, URI baseUrl) {
        VtexProperties.Http http = vtex.http();
        return checked("vtex.http", () -> new HttpSettings(system, baseUrl, http.connectTimeout(), http.readTimeout(), http.maxAttempts(),
                http.firstBackoff(), http.maxBackoff(), http.maxRetryAfter()).observedBy(calls));
    }

    /** The three-letter affiliate external orders are created under in the OMS. */
    public String affiliateId() {
        String affiliate = integration.affiliateId();
        if (affiliate == null || !affiliate.matches("[A-Za-z]{3}")) {
            throw new InvalidConfigurationException("integration.affiliate-id must be the three letters of the affiliate external orders"
                    + " are created under (VTEX: any three letters, not an affiliate that uses the seller's payment), was '" + affiliate + "'");
        }
        return affiliate;
    }

    public java.util.Optional<String> salesChannel() {
        return integration.salesChannel().isBlank() ? java.util.Optional.empty() : java.util.Optional.of(integration.salesChannel().strip());
    }

    /** How many days back statusSync asks VTEX Tracking about (at most 30 per query; longer spans are split). */
    public int statusLookbackDays() {
        long days = integration.statusLookback().toDays();
        if (days < 1 || days > 90) {
            throw new InvalidConfigurationException("integration.status-lookback must be 1 to 90 days, was " + integration.statusLookback());
        }
        return (int) days;
    }

    /** Read and judge, write nothing to VTEX, the ledger, the cursor or the deferred orders ({@code integration.dry-run}). */
    public boolean dryRun() {
        return integration.dryRun();
    }

    /** How far back {@code serve}'s reconcile looks: 1 hour to 31 days (31 days is the longest window a started reconcile takes). */
    public Duration reconcileLookback() {
        Duration lookback = integration.reconcile().lookback();
        if (lookback.compareTo(Duration.ofHours(1)) < 0 || lookback.compareTo(Duration.ofDays(31)) > 0) {
            throw new InvalidConfigurationException("integration.reconcile.lookback must be 1 hour to 31 days, was " + lookback);
        }
        return lookback;
    }

    /**
     * How old what {@code serve}'s weekly purge deletes must be ({@code integration.retention.older-than}); empty when
     * it is {@code 0} or {@code off}: serve purges nothing.
     */
    public Optional<RetentionAge> retention() {
        String written = integration.retention().olderThan().strip();
        if (written.equalsIgnoreCase("off") || written.matches("0+d?")) {
            return Optional.empty();
        }
        return Optional.of(RetentionAge.parse(written).orElseThrow(() -> new InvalidConfigurationException(
                "integration.retention.older-than must be whole days (e.g. 90d), or 0 or off for no purge in serve, was '" + written + "'")));
    }

    public Duration initialLookback() {
        return positive("integration.initial-lookback", integration.initialLookback());
    }

    /** Zero is allowed (no overlap); a negative overlap would leave a gap between two runs' windows. */
    public Duration windowOverlap() {
        if (integration.windowOverlap().isNegative()) {
            throw new InvalidConfigurationException("integration.window-overlap cannot be negative, was " + integration.windowOverlap());
        }
        return integration.windowOverlap();
    }

    /** How often a step shows its progress; zero shows it after every chunk. */
    public Duration progressInterval() {
        if (integration.progressInterval().isNegative()) {
            throw new InvalidConfigurationException("integration.progress-interval cannot be negative, was " + integration.progressInterval());
        }
        return integration.progressInterval();
    }

    /** The values checked at start, whatever the command: a bad one named before anything runs (credentials stay lazy). */
    List<Runnable> startChecks() {
        return List.of(this::routing, this::issuerCnpjs, this::carrierCnpjs, this::integrationSettings, this::nativeSourceIsFeed,
                this::chunkSize, this::fetchConcurrency, this::statusLookbackDays, this::reconcileLookback, this::retention, this::initialLookback,
                this::windowOverlap, this::progressInterval, this::indexingLag, this::vtexHttp, () -> {
                    if (!integration.affiliateId().isBlank()) {
                        affiliateId();
                    }
                }, () -> {
                    if (vtex.oms().baseUrl() == null && !vtex.account().isBlank()) {
                        checked("vtex.account", () -> OmsSettings.baseUrlOf(vtex.account()));
                    }
                });
    }

    private void indexingLag() {
        if (integration.indexingLag().isNegative()) {
            throw new InvalidConfigurationException("integration.indexing-lag cannot be negative, was " + integration.indexingLag());
        }
    }

    /** vtex.http.* and the OMS pace, checked against VTEX Tracking's URL, which always has one. */
    private void vtexHttp() {
        http("VTEX", vtex.tracking().baseUrl());
        checked("vtex.oms.max-requests-per-second", () -> HttpSettings.defaults("VTEX OMS", vtex.tracking().baseUrl())
                .withMaxRequestsPerSecond(vtex.oms().maxRequestsPerSecond()));
    }

    private static Duration positive(String property, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new InvalidConfigurationException(property + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * A missing credential points to the environment, not to a command-line flag: a secret on the command line ends in
     * cron logs and in {@code ps}.
     */
    private static void require(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationException(property + " is required: set the environment variable "
                    + SettingNames.environmentVariable(property) + " (or " + property + " in the application.properties beside the jar)");
        }
    }

    private static <T> T checked(String property, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new InvalidConfigurationException(message.startsWith(property) ? message : property + ": " + message);
        }
    }
}
