package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.batch.TrackingIntegrationApplication;
import org.hsqldb.server.Server;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarts as an operator does them: each run is a new JVM on the same HSQLDB file, started with the real command
 * line. Tracking fails after some chunks (or the process is killed with SIGKILL while a batch is in flight); the
 * restart goes on from the last committed chunk, and every eligible invoice ends in Tracking exactly once.
 */
class NativeImportRestartTest {

    private static final int ORDERS = 10;

    @RegisterExtension
    static WireMockExtension vtex = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().extensions(new FakeTracking())).build();

    private final Path database = Path.of("target", "restart-db", UUID.randomUUID().toString());
    private String datasourceUrl = "jdbc:hsqldb:file:" + database.toAbsolutePath() + "/db;hsqldb.lock_file=true;hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true";
    private final List<String> invoices = IntStream.rangeClosed(1, ORDERS).mapToObj(i -> String.valueOf(7000 + i)).toList();

    @BeforeEach
    void vtexWithTenInvoicedOrders() {
        FakeTracking.reset();
        VtexStubs.tracking(vtex);
        vtex.stubFor(post(urlPathMatching("/receiver/services(/routes)?")).willReturn(aResponse().withTransformers(FakeTracking.NAME)));
        vtex.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/receiver/services/invoice"))
                .willReturn(aResponse().withTransformers(FakeTracking.NAME)));
        VtexStubs.oms(vtex, IntStream.rangeClosed(1, ORDERS)
                .mapToObj(i -> new VtexStubs.OmsOrder(i + "-01", "invoiced", List.of((7000 + i) + ":Output:Motoboy"), true)).toList());
    }

    @Test
    void a_run_failed_by_tracking_is_restarted_in_a_new_process_and_every_invoice_is_sent_exactly_once() throws Exception {
        FakeTracking.downAfterBatches = 2;

        Run failed = run("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");
        assertThat(failed.exit()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("FAILED: VTEX Tracking POST /services: answered 500; not sent again, since it may have been taken")
                .contains("fix the cause, then: restart");
        assertThat(FakeTracking.TAKEN).hasSize(4);

        FakeTracking.downAfterBatches = Integer.MAX_VALUE;
        Run restarted = run("restart", "nativeImport");

        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertThat(FakeTracking.TAKEN.keySet()).containsExactlyInAnyOrderElementsOf(invoices);
        assertThat(FakeTracking.TAKEN.values()).allSatisfy(times -> assertThat(times.get()).as("sent once").isEqualTo(1));
    }

    @Test
    void a_run_killed_while_tracking_was_taking_a_batch_is_recovered_and_nothing_is_sent_twice() throws Exception {
        FakeTracking.slowBatch = 3;
        FakeTracking.slowMillis = 8000;
        Process process = launch("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");
        awaitBatchesInTracking(3);
        assertThat(FakeTracking.BATCHES.get()).as("the third batch reached Tracking").isEqualTo(3);
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(FakeTracking.TAKEN).hasSize(6);

        Run restarted = run("restart", "nativeImport");

        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertThat(restarted.output()).contains("was left STARTED by a process that stopped; recovering it");
        assertThat(FakeTracking.TAKEN.keySet()).containsExactlyInAnyOrderElementsOf(invoices);
        assertThat(FakeTracking.TAKEN.values()).allSatisfy(times -> assertThat(times.get()).as("sent once").isEqualTo(1));
        assertThat(vtex.findAll(getRequestedFor(urlPathEqualTo("/receiver/services/invoice")))).as("the two pending invoices looked up").hasSize(2);
    }

    @Test
    void sigterm_finishes_the_current_chunk_stops_the_run_and_restart_completes_it() throws Exception {
        FakeTracking.slowBatch = 2;
        FakeTracking.slowMillis = 3000;
        Process process = launch("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");
        awaitBatchesInTracking(2);
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stopped = Files.readString(output(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(stopped).isEqualTo(4);
        assertThat(stopped).contains("SIGTERM received: finishing the current chunk").contains("STOPPED");
        assertThat(FakeTracking.TAKEN).as("the chunk in flight was finished, no further one started").hasSize(4);

        Run restarted = run("restart", "nativeImport");

        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertThat(FakeTracking.TAKEN.keySet()).containsExactlyInAnyOrderElementsOf(invoices);
        assertThat(FakeTracking.TAKEN.values()).allSatisfy(times -> assertThat(times.get()).as("sent once").isEqualTo(1));
    }

    @Test
    void with_a_server_database_stop_from_another_process_stops_the_run_after_its_chunk() throws Exception {
        Server server = new Server();
        server.setSilent(true);
        server.setDatabaseName(0, "ti");
        server.setDatabasePath(0, "file:" + database.toAbsolutePath() + "/server-db;hsqldb.write_delay=false");
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server.setPort(port);
        server.setAddress("127.0.0.1");
        server.start();
        try {
            datasourceUrl = "jdbc:hsqldb:hsql://127.0.0.1:" + port + "/ti";
            FakeTracking.slowBatch = 2;
            FakeTracking.slowMillis = 4000;
            Process running = launch("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");
            Path runningOutput = output();
            awaitBatchesInTracking(2);
            Files.move(runningOutput, database.resolve("running.txt"));

            Run stop = run("stop", "0");
            assertThat(stop.exit()).as(stop.output()).isZero();
            assertThat(stop.output()).contains("stop requested: execution 0");

            assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(running.exitValue()).as(Files.readString(database.resolve("running.txt"))).isEqualTo(4);
            assertThat(FakeTracking.TAKEN).hasSize(4);

            Run restarted = run("restart", "nativeImport");
            assertThat(restarted.exit()).as(restarted.output()).isZero();
            assertThat(FakeTracking.TAKEN.values()).hasSize(ORDERS).allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
        } finally {
            server.shutdown();
        }
    }

    /** Waits (a minute at most) until VTEX Tracking has received this many batches. */
    private static void awaitBatchesInTracking(int batches) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (FakeTracking.BATCHES.get() < batches && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private record Run(int exit, String output) {
    }

    private Run run(String... command) throws Exception {
        Process process = launch(command);
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end in 2 minutes: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), Files.readString(output(), StandardCharsets.UTF_8));
    }

    private Process launch(String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TrackingIntegrationApplication.class.getName()));
        line.addAll(List.of(command));
        line.addAll(List.of(
                "--spring.datasource.url=" + datasourceUrl,
                "--vtex.account=loja", "--vtex.oms.base-url=" + vtex.baseUrl(), "--vtex.oms.app-key=key", "--vtex.oms.app-token=token",
                "--vtex.tracking.base-url=" + vtex.baseUrl() + "/receiver", "--vtex.tracking.username=user", "--vtex.tracking.password=password",
                "--vtex.http.max-attempts=2", "--vtex.http.first-backoff=10ms", "--vtex.http.max-backoff=20ms",
                "--integration.chunk-size=2", "--integration.erp.inbox=" + database.resolve("inbox").toAbsolutePath()));
        Files.createDirectories(database);
        return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output().toFile()).start();
    }

    private Path output() {
        return database.resolve("console.txt");
    }
}
