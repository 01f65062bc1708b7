package com.trackingintegration.batch.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The merchant's integration settings ({@code integration.*}), settable as every Spring Boot property: on the
 * command line ({@code --integration.routing=external}), in the environment ({@code INTEGRATION_ROUTING}) or in an
 * {@code application.properties} beside the jar. The defaults are the {@code @DefaultValue}s below, in this one place.
 *
 * <p>{@code issuer-cnpjs} and {@code carrier-cnpjs} are comma lists of CNPJs, with or without punctuation
 * ({@code 11.222.333/0001-81,05314972000174}): the branches whose NF-e are imported, and the carriers an NF-e must name.
 *
 * <p>Every value is checked at start, whatever the command ({@link Settings#startChecks}); a name under
 * {@code integration.} that is none of these components stops the start ({@link SettingsCheck}).
 *
 * <p>{@code progress-interval}: how often a running step prints its progress line (zero: after every chunk).
 *
 * <p>{@code dry-run=true}: nativeImport, externalImport and reconcile read and judge everything and write nothing to VTEX
 * nor to the ledger, the window cursor or the deferred orders; the report says what would have been done.
 */
@ConfigurationProperties("integration")
public record IntegrationProperties(
        @DefaultValue("false") boolean invoiceFileRequired,
        @DefaultValue("false") boolean statusUpdates,
        @DefaultValue("internal") String routing,
        @DefaultValue List<String> carriers,
        @DefaultValue List<String> issuerCnpjs,
        @DefaultValue List<String> carrierCnpjs,
        @Name("native") @DefaultValue NativeImport nativeImport,
        @DefaultValue Erp erp,
        @DefaultValue("") String salesChannel,
        @DefaultValue("") String affiliateId,
        @DefaultValue("100") int chunkSize,
        @DefaultValue("5m") Duration indexingLag,
        @DefaultValue("1d") Duration initialLookback,
        @DefaultValue("2m") Duration windowOverlap,
        @DefaultValue("16") int fetchConcurrency,
        @DefaultValue("7d") Duration statusLookback,
        @DefaultValue Schedule schedule,
        @DefaultValue("false") boolean dryRun,
        @DefaultValue Reconcile reconcile,
        @DefaultValue Retention retention,
        @DefaultValue("10s") Duration progressInterval,
        @DefaultValue Demo demo) {

    /**
     * {@code integration.demo.*}: how many orders the demo makes and the folder it works in. The demo reads them from its
     * command line before the application starts; they are here so that they are known names, with their defaults.
     */
    public record Demo(@DefaultValue("120") int orders, @DefaultValue("./data/demo") Path dir) {
    }

    /** {@code integration.reconcile.*}: how far back {@code serve}'s reconcile looks (a started one names its window). */
    public record Reconcile(@DefaultValue("3d") Duration lookback) {
    }

    /**
     * {@code integration.retention.*}: {@code serve}'s weekly purge of what is older than {@code older-than} (whole days,
     * {@code 90d}; {@code 0} or {@code off}: no purge), at each time of {@code cron} (Brasília time; Sunday 04:00, after
     * the night's jobs). What is purged and what never is: {@code OldJobRuns} and {@code JdbcSettledHistory}.
     */
    public record Retention(@DefaultValue("90d") String olderThan, @DefaultValue("0 0 4 * * SUN") String cron) {
    }

    /** {@code integration.schedule.*}: when {@code serve} runs which jobs (cron in Brasília time). */
    public record Schedule(@DefaultValue("0 0 2 * * *") String cron,
                           @DefaultValue({"nativeImport", "externalImport", "statusSync", "reconcile"}) List<String> jobs) {
    }

    /** {@code integration.native.source}: {@code list} (List orders by invoicing window) or {@code feed} (Orders Feed v3). */
    public record NativeImport(@DefaultValue("list") String source) {
    }

    /** {@code integration.erp.*}: the inbox folder of ERP files and its completeness convention. */
    public record Erp(@DefaultValue("./inbox") Path inbox, @DefaultValue("false") boolean doneMarkerRequired) {
    }
}
