package com.trackingintegration.batch.config;

import com.trackingintegration.batch.retention.RetentionAge;
import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.settings.IntegrationSettings;
import com.trackingintegration.domain.settings.Routing;
import com.trackingintegration.calls.CallObserver;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The properties turned into the settings of the domain and of each adapter. Each conversion is checked where it
 * is needed (the demo needs no VTEX account), and a bad value is reported with the name of its property.
 */
public final class Settings {

    private final IntegrationProperties integration;
    private final VtexSettings vtex;

    /** @param calls told every VTEX call, retry, 429 and wait for the pace (the metrics) */
    public Settings(IntegrationProperties integration, VtexProperties vtex, CallObserver calls) {
        this.integration = integration;
        this.vtex = new VtexSettings(vtex, integration.indexingLag(), this::fetchConcurrency, calls);
    }

    public IntegrationProperties integration() {
        return integration;
    }

    /** The VTEX adapters' settings ({@code vtex.*}); credentials are asked for when one is built. */
    public VtexSettings vtex() {
        return vtex;
    }

    public IntegrationSettings integrationSettings() {
        Routing routing = routing();
        Set<Cnpj> issuers = issuerCnpjs();
        Set<Cnpj> carrierCnpjs = carrierCnpjs();
        return PropertyValues.checked("integration.carriers", () -> new IntegrationSettings(integration.invoiceFileRequired(),
                integration.statusUpdates(), routing, new LinkedHashSet<>(integration.carriers()), issuers, carrierCnpjs));
    }

    Routing routing() {
        return PropertyValues.checked("integration.routing", () -> Routing.parse(integration.routing()));
    }

    Set<Cnpj> issuerCnpjs() {
        return PropertyValues.cnpjs("integration.issuer-cnpjs", integration.issuerCnpjs());
    }

    Set<Cnpj> carrierCnpjs() {
        return PropertyValues.cnpjs("integration.carrier-cnpjs", integration.carrierCnpjs());
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
        return PropertyValues.positive("integration.initial-lookback", integration.initialLookback());
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
                this::windowOverlap, this::progressInterval, this::indexingLag, vtex::checkHttp, () -> {
                    if (!integration.affiliateId().isBlank()) {
                        affiliateId();
                    }
                }, vtex::checkAccount, vtex::checkOmsValues,
                vtex::checkTrackingValues);
    }

    private void indexingLag() {
        if (integration.indexingLag().isNegative()) {
            throw new InvalidConfigurationException("integration.indexing-lag cannot be negative, was " + integration.indexingLag());
        }
    }
}
