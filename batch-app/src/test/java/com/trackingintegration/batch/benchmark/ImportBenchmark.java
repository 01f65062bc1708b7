package com.trackingintegration.batch.benchmark;

import com.trackingintegration.demo.DemoCatalog;
import com.trackingintegration.demo.SimulatedConditions;
import com.trackingintegration.demo.SimulatedVtex;
import com.trackingintegration.domain.order.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: a measurement. Runs the packaged jar, as an operator would, against a simulated VTEX on loopback with a
 * latency per request and a rate limit on the OMS, and reports how close each import gets to the limit that set-up
 * allows. Run with {@code ./mvnw -B -pl batch-app -am verify -Pimport-benchmark}; the table is printed and written to
 * {@code batch-app/target/import-benchmark.json}.
 *
 * <p>Knobs (system properties, {@code -Dbenchmark.x=...}): {@code jobs} (nativeImport,nativeImportFeed,externalImport,reconcile:
 * the jobs to run), {@code native-orders} (10000,100000), {@code feed-orders} (10000,100000: nativeImport reading the
 * Orders Feed, each order an event and {@code feed-duplicates}, 0.05, of them a second one), {@code external-orders} (10000), {@code reconcile-orders} (10000:
 * a nativeImport of that many, then the reconcile of its window that is measured), {@code latency-ms} (40), {@code rate-limit} (100 OMS requests a second), {@code concurrency} (16 OMS calls at
 * once), {@code unlimited-concurrency} (128, when the rate limit is removed), {@code heap} (512m), {@code setups}
 * (limited,unlimited), {@code profile} (false; true records each run with Java Flight Recorder, profile.jfr beside it).
 *
 * <p>What it checks, as a benchmark must before its figures mean anything: every run ends COMPLETED with every order
 * imported (reconcile: found in VTEX Tracking), and VTEX Tracking received each delivery service exactly once and
 * removed no packing list.
 */
@Tag("benchmark")
class ImportBenchmark {

    private static final Path TARGET = Path.of("target");

    private final Duration latency = Duration.ofMillis(Long.getLong("benchmark.latency-ms", 40));
    private final int rateLimit = Integer.getInteger("benchmark.rate-limit", 100);
    private final int concurrency = Integer.getInteger("benchmark.concurrency", 16);
    private final int unlimitedConcurrency = Integer.getInteger("benchmark.unlimited-concurrency", 128);
    private final double feedDuplicates = Double.parseDouble(System.getProperty("benchmark.feed-duplicates", "0.05"));
    private final String heap = System.getProperty("benchmark.heap", "512m");
    private final Path jar = Path.of(System.getProperty("benchmark.jar", "target/tracking-integration.jar"));

    @Test
    void imports_at_the_rate_vtex_allows() throws Exception {
        assertThat(jar).as("the packaged application (mvn package)").exists();
        List<BenchmarkRun.Result> results = new ArrayList<>();
        for (int orders : counts("nativeImport", "benchmark.native-orders", "10000,100000")) {
            for (Setup setup : setups()) {
                results.add(nativeImport(orders, setup, false));
            }
        }
        for (int orders : counts("nativeImportFeed", "benchmark.feed-orders", "10000,100000")) {
            for (Setup setup : setups()) {
                results.add(nativeImportFromFeed(orders, setup));
            }
        }
        for (int orders : counts("externalImport", "benchmark.external-orders", "10000")) {
            for (Setup setup : setups()) {
                results.add(externalImport(orders, setup));
            }
        }
        for (int orders : counts("reconcile", "benchmark.reconcile-orders", "10000")) {
            for (Setup setup : setups()) {
                results.add(nativeImport(orders, setup, true));
            }
        }
        assertThat(results).as("runs: check benchmark.jobs and the counts").isNotEmpty();
        BenchmarkReport report = new BenchmarkReport(results, latency, rateLimit, heap);
        System.out.println(report.table());
        Files.writeString(TARGET.resolve("import-benchmark.json"), report.json(), StandardCharsets.UTF_8);
        System.out.println("Written to " + TARGET.resolve("import-benchmark.json").toAbsolutePath());
    }

    /**
     * How VTEX answers and how the application is told to call it: with the rate limit, the application's default pace
     * and concurrency ({@code benchmark.concurrency}, 16, the default of integration.fetch-concurrency); without it, no
     * pace and more calls at once, so only our own work bounds the rate.
     */
    record Setup(String name, int vtexRateLimit, List<String> applicationArguments, int concurrency) {
    }

    private List<Setup> setups() {
        List<String> wanted = List.of(System.getProperty("benchmark.setups", "limited,unlimited").split(","));
        return Stream.of(
                new Setup("rate limit " + rateLimit + "/s", rateLimit, List.of(), concurrency),
                new Setup("no rate limit", 0, List.of("--vtex.oms.max-requests-per-second=0"), unlimitedConcurrency))
                .filter(setup -> wanted.contains(slug(setup))).toList();
    }

    /**
     * nativeImport of {@code count} orders; with {@code thenReconcile}, that import only prepares the job repository and
     * VTEX Tracking, and what is measured is one reconcile of the same window: every order read again, every invoice
     * looked up in Tracking, found in order (IN_TRACKING), and nothing sent or removed.
     */
    private BenchmarkRun.Result nativeImport(int count, Setup setup, boolean thenReconcile) throws Exception {
        Instant to = Instant.now().minus(Duration.ofHours(1));
        Instant from = to.minus(Duration.ofDays(1));
        List<Order> orders = new ArrayList<>(count);
        List<Instant> invoiced = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(DemoCatalog.deliverable(i));
            invoiced.add(from.plus(Duration.ofDays(1).multipliedBy(i).dividedBy(count)));
        }
        Path dir = fresh((thenReconcile ? "reconcile-" : "native-") + count + "-" + slug(setup));
        List<String> window = List.of("from=" + from, "to=" + to);
        try (SimulatedVtex vtex = SimulatedVtex.start(orders, invoiced, false, new SimulatedConditions(latency, setup.vtexRateLimit()))) {
            orders.clear();
            invoiced.clear();
            BenchmarkRun run = new BenchmarkRun(jar, dir, heap, vtex, latency);
            BenchmarkRun.Result imported = run.run("nativeImport", count, setup, Stream.concat(Stream.of("nativeImport"), window.stream()).toList());
            if (!thenReconcile) {
                return imported;
            }
            return run.run("reconcile", count, setup, Stream.concat(Stream.of("reconcile"), window.stream()).toList(), "IN_TRACKING");
        }
    }

    /**
     * nativeImport of {@code count} orders from the Orders Feed, configured first as {@code configure-feed} would (for
     * orders reaching invoiced, VTEX's default visibility timeout): each order an event, a share of them twice. Every
     * order must be imported once, and every event committed by the end.
     */
    private BenchmarkRun.Result nativeImportFromFeed(int count, Setup setup) throws Exception {
        Instant invoicedAt = Instant.now().minus(Duration.ofHours(1));
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(DemoCatalog.deliverable(i));
        }
        Path dir = fresh("feed-" + count + "-" + slug(setup));
        SimulatedConditions conditions = new SimulatedConditions(latency, setup.vtexRateLimit()).withFeedDuplicates(feedDuplicates);
        try (SimulatedVtex vtex = SimulatedVtex.start(orders, java.util.Collections.nCopies(count, invoicedAt), false, conditions)) {
            orders.clear();
            configureFeed(vtex);
            Setup fromFeed = new Setup(setup.name(), setup.vtexRateLimit(),
                    Stream.concat(setup.applicationArguments().stream(), Stream.of("--integration.native.source=feed")).toList(), setup.concurrency());
            BenchmarkRun.Result result = new BenchmarkRun(jar, dir, heap, vtex, latency).run("nativeImport (feed)", count, fromFeed, List.of("nativeImport"));
            assertThat(vtex.feedWaiting()).as("Orders Feed events left uncommitted").isZero();
            return result;
        }
    }

    private static void configureFeed(SimulatedVtex vtex) throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(vtex.baseUrl() + "/api/orders/feed/config"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"filter\":{\"type\":\"FromWorkflow\",\"status\":[\"invoiced\"]},"
                        + "\"queue\":{\"visibilityTimeoutInSeconds\":250,\"MessageRetentionPeriodInSeconds\":1209600}}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("the simulated feed's configuration").isEqualTo(200);
    }

    private BenchmarkRun.Result externalImport(int count, Setup setup) throws Exception {
        Path dir = fresh("external-" + count + "-" + slug(setup));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        try (var out = Files.newBufferedWriter(inbox.resolve("orders-benchmark.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(erpLine(i));
                out.write('\n');
            }
        }
        try (SimulatedVtex vtex = SimulatedVtex.start(List.of(), List.of(), false, new SimulatedConditions(latency, setup.vtexRateLimit()))) {
            return new BenchmarkRun(jar, dir, heap, vtex, latency).run("externalImport", count, setup, List.of("externalImport"));
        }
    }

    /** An ERP order as the inbox takes it (docs/erp-orders.md): invoiced, own fleet, NF-e XML, no route of its own. */
    static String erpLine(int i) {
        String id = String.format(Locale.ROOT, "ERP-B%07d", i);
        return "{\"erpOrderId\":\"" + id + "\",\"createdAt\":\"2026-11-26T10:00:00Z\",\"customer\":{\"firstName\":\"Cliente\",\"lastName\":\"Loja " + i
                + "\",\"document\":\"" + String.format(Locale.ROOT, "%011d", 20_000_000_000L + i) + "\",\"documentType\":\"cpf\",\"email\":\"loja" + i
                + "@example.com\",\"phone\":\"+552133334444\"},\"address\":{\"receiverName\":\"Cliente Loja " + i + "\",\"street\":\"Rua da Loja\",\"number\":\""
                + (1 + i % 900) + "\",\"neighborhood\":\"Centro\",\"city\":\"Rio de Janeiro\",\"state\":\"RJ\",\"postalCode\":\""
                + String.format(Locale.ROOT, "20%03d-%03d", i % 1000, i % 997) + "\",\"country\":\"BRA\"},"
                + "\"items\":[{\"sku\":\"1\",\"quantity\":1,\"unitPrice\":5000}],\"shipping\":{\"sla\":\"Normal\",\"price\":1000},"
                + "\"invoice\":{\"number\":\"" + (7_000_000 + i) + "\",\"series\":\"1\",\"issuedAt\":\"2026-11-26T11:00:00Z\",\"value\":6000,"
                + "\"url\":\"https://erp.example.com/nfe/" + id + ".xml\",\"courier\":\"Motoboy\"}}";
    }

    /** The counts to run a job for: none when {@code benchmark.jobs} (all four by default) leaves the job out. */
    private static List<Integer> counts(String job, String property, String fallback) {
        List<String> jobs = Arrays.stream(System.getProperty("benchmark.jobs", "nativeImport,nativeImportFeed,externalImport,reconcile").split(","))
                .map(String::strip).toList();
        String value = System.getProperty(property, fallback).strip();
        if (!jobs.contains(job) || value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static String slug(Setup setup) {
        return setup.vtexRateLimit() > 0 ? "limited" : "unlimited";
    }

    private static Path fresh(String name) throws IOException {
        Path dir = TARGET.resolve("import-benchmark").resolve(name);
        FileSystemUtils.deleteRecursively(dir);
        return Files.createDirectories(dir);
    }
}
