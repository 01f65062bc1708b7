package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.batch.TrackingIntegrationApplication;
import org.hsqldb.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * line and a database URL as an operator writes it. Tracking fails after some chunks (or the process is killed with
 * SIGKILL while a batch is in flight); the restart goes on from the last committed chunk, and every eligible invoice
 * ends in Tracking exactly once. A batch in flight is held by VTEX Tracking until the test has done what it does
 * meanwhile (kill, signal, stop from another process): nothing depends on how fast the machine is.
 */
class NativeImportRestartTest {

    private static final int ORDERS = 10;

    @RegisterExtension
    static WireMockExtension vtex = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().extensions(new FakeTracking())).build();

    private final Path database = Path.of("target", "restart-db", UUID.randomUUID().toString());
    /** As an operator writes it: none of the flags the project's default URL carries (durability is the application's). */
    private String datasourceUrl = "jdbc:hsqldb:file:" + database.toAbsolutePath() + "/db";
    private final AtomicInteger children = new AtomicInteger();
    private final List<Process> started = new ArrayList<>();
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
        assertThat(failed.output().lines().filter(line -> line.contains("answered 500"))).as("one problem line: " + failed.output())
                .containsExactly("FAILED: VTEX Tracking POST /services: answered 500; not sent again, since it may have been taken");
        assertThat(failed.output()).as("no stack trace, no library logging on the console").doesNotContain("\tat ", "Exception", "ERROR", "WARN");
        assertThat(log()).contains("OutcomeUnknownException", "\tat org.springframework.batch.core.step.item.ChunkOrientedStep");

        FakeTracking.downAfterBatches = Integer.MAX_VALUE;
        Run restarted = run("restart", "nativeImport");

        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertThat(FakeTracking.TAKEN.keySet()).containsExactlyInAnyOrderElementsOf(invoices);
        assertThat(FakeTracking.TAKEN.values()).allSatisfy(times -> assertThat(times.get()).as("sent once").isEqualTo(1));
    }

    @Test
    void a_run_killed_while_tracking_was_taking_a_batch_is_recovered_and_nothing_is_sent_twice() throws Exception {
        FakeTracking.hold(3);
        Child running = launch("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");
        FakeTracking.awaitHeld();
        running.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        FakeTracking.release();
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
        FakeTracking.hold(2);
        Child running = launch("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");
        FakeTracking.awaitHeld();
        running.process().destroy();
        awaitOutput(running, "SIGTERM received: finishing the current chunk");
        FakeTracking.release();
        assertThat(running.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stopped = running.output();

        assertThat(running.process().exitValue()).as(stopped).isEqualTo(4);
        assertThat(stopped).contains("STOPPED");
        assertThat(FakeTracking.TAKEN).as("the chunk in flight was finished, no further one started").hasSize(4);

        Run restarted = run("restart", "nativeImport");

        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertThat(FakeTracking.TAKEN.keySet()).containsExactlyInAnyOrderElementsOf(invoices);
        assertThat(FakeTracking.TAKEN.values()).allSatisfy(times -> assertThat(times.get()).as("sent once").isEqualTo(1));
    }

    @Test
    void a_second_process_on_the_hsqldb_file_a_run_holds_is_told_in_one_line_that_it_is_in_use() throws Exception {
        FakeTracking.hold(1);
        Child running = launch("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");
        FakeTracking.awaitHeld();

        Run second = run("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");

        assertThat(second.exit()).as(second.output()).isEqualTo(2);
        assertThat(second.output()).startsWith("the job repository " + database.toAbsolutePath().normalize().resolve("db")
                + " is in use by another process (pid " + running.process().pid() + " on ").hasLineCount(1);
        assertThat(log()).as("the start-up failure's trace is in the log file").contains("The application could not start")
                .contains("JobRepositoryInUseException").contains("\tat ");
        FakeTracking.release();
        assertThat(running.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(running.process().exitValue()).as(running.output()).isZero();
        assertThat(FakeTracking.TAKEN.values()).hasSize(ORDERS).allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
    }

    @Test
    void with_a_server_database_stop_from_another_process_stops_the_run_after_its_chunk() throws Exception {
        Server server = serverDatabase();
        try {
            FakeTracking.hold(2);
            Child running = launch("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");
            FakeTracking.awaitHeld();

            Run stop = run("stop", "0");
            assertThat(stop.exit()).as(stop.output()).isZero();
            assertThat(stop.output()).contains("stop requested: execution 0");
            FakeTracking.release();

            assertThat(running.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(running.process().exitValue()).as(running.output()).isEqualTo(4);
            assertThat(FakeTracking.TAKEN).as("the chunk in flight was finished, no further one started").hasSize(4);

            Run restarted = run("restart", "nativeImport");
            assertThat(restarted.exit()).as(restarted.output()).isZero();
            assertThat(FakeTracking.TAKEN.values()).hasSize(ORDERS).allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
        } finally {
            server.shutdown();
        }
    }

    @Test
    void with_a_server_database_a_second_start_or_restart_while_the_job_runs_is_refused_naming_the_running_execution() throws Exception {
        Server server = serverDatabase();
        try {
            FakeTracking.hold(2);
            Child running = launch("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z", "--integration.lease.heartbeat=1s");
            FakeTracking.awaitHeld();
            Instant firstExpiry = leaseExpiry();
            awaitLeaseRenewedAfter(firstExpiry);

            Run secondStart = run("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");
            Run restart = run("restart", "nativeImport");

            for (Run refused : List.of(secondStart, restart)) {
                assertThat(refused.exit()).as(refused.output()).isEqualTo(2);
                assertThat(refused.output()).startsWith("nativeImport is running in another process: execution 0, lease held by pid "
                        + running.process().pid() + " on ").contains("or stop it with 'stop 0'").hasLineCount(1);
            }
            FakeTracking.release();
            assertThat(running.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(running.process().exitValue()).as(running.output()).isZero();
            assertThat(FakeTracking.TAKEN.values()).as("only the running process sent").hasSize(ORDERS)
                    .allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
        } finally {
            server.shutdown();
        }
    }

    @Test
    void with_a_server_database_a_killed_runs_execution_is_recovered_only_once_its_lease_has_expired() throws Exception {
        Server server = serverDatabase();
        try {
            FakeTracking.hold(2);
            Child running = launch("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");
            FakeTracking.awaitHeld();
            running.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            FakeTracking.release();

            Run tooEarly = run("restart", "nativeImport");
            assertThat(tooEarly.exit()).as(tooEarly.output()).isEqualTo(2);
            assertThat(tooEarly.output()).startsWith("nativeImport is running in another process: execution 0").hasLineCount(1);

            expireLease();
            Run restarted = run("restart", "nativeImport");
            assertThat(restarted.exit()).as(restarted.output()).isZero();
            assertThat(restarted.output()).contains("execution 0 was left STARTED by a process that stopped; recovering it");
            assertThat(FakeTracking.TAKEN.values()).hasSize(ORDERS).allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
        } finally {
            server.shutdown();
        }
    }

    private Instant leaseExpiry() throws SQLException {
        try (Connection db = DriverManager.getConnection(datasourceUrl, "SA", "");
             ResultSet lease = db.createStatement().executeQuery("SELECT EXPIRES_AT FROM TI_RUN_LEASE WHERE JOB_NAME = 'nativeImport'")) {
            assertThat(lease.next()).as("nativeImport's lease is held").isTrue();
            return lease.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        }
    }

    /** Polls (a minute at most) until the running process's heartbeat has renewed its lease. */
    private void awaitLeaseRenewedAfter(Instant expiry) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!leaseExpiry().isAfter(expiry)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the lease was never renewed after " + expiry);
            }
            Thread.sleep(100);
        }
    }

    /** As if the killed process's last heartbeat were older than integration.lease.duration. */
    private void expireLease() throws SQLException {
        try (Connection db = DriverManager.getConnection(datasourceUrl, "SA", "")) {
            assertThat(db.createStatement().executeUpdate("UPDATE TI_RUN_LEASE SET EXPIRES_AT = TIMESTAMP '2000-01-01 00:00:00'")).isOne();
        }
    }

    /** An HSQLDB server on a free port, as an operator would run one; the child processes are pointed at it. */
    private Server serverDatabase() throws IOException {
        Server server = new Server();
        server.setSilent(true);
        server.setDatabaseName(0, "ti");
        server.setDatabasePath(0, "file:" + database.toAbsolutePath() + "/server-db");
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server.setPort(port);
        server.setAddress("127.0.0.1");
        server.start();
        datasourceUrl = "jdbc:hsqldb:hsql://127.0.0.1:" + port + "/ti";
        return server;
    }

    /** Waits (two minutes at most) until a child process has printed this. */
    private static void awaitOutput(Child child, String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!child.output().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the process never printed '" + text + "': " + child.output());
            }
            Thread.sleep(50);
        }
    }

    /** The log file every child process writes (logging.file.name). */
    private String log() throws IOException {
        return Files.readString(database.resolve("tracking-integration.log"), StandardCharsets.UTF_8);
    }

    private record Run(int exit, String output) {
    }

    /** A process started with the operator's command line, and what it printed. */
    private record Child(Process process, Path console) {
        String output() throws IOException {
            return Files.readString(console, StandardCharsets.UTF_8);
        }
    }

    private Run run(String... command) throws Exception {
        Child child = launch(command);
        if (!child.process().waitFor(180, TimeUnit.SECONDS)) {
            child.process().destroyForcibly();
            throw new AssertionError("the command did not end in 3 minutes: " + String.join(" ", command));
        }
        return new Run(child.process().exitValue(), child.output());
    }

    private Child launch(String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TrackingIntegrationApplication.class.getName()));
        line.addAll(List.of(command));
        line.addAll(List.of(
                "--spring.datasource.url=" + datasourceUrl,
                "--vtex.account=loja", "--vtex.oms.base-url=" + vtex.baseUrl(), "--vtex.oms.app-key=key", "--vtex.oms.app-token=token",
                "--vtex.tracking.base-url=" + vtex.baseUrl() + "/receiver", "--vtex.tracking.username=user", "--vtex.tracking.password=password",
                // A held batch is answered late, never timed out and sent again.
                "--vtex.http.max-attempts=2", "--vtex.http.first-backoff=10ms", "--vtex.http.max-backoff=20ms", "--vtex.http.read-timeout=5m",
                "--integration.chunk-size=2", "--integration.erp.inbox=" + database.resolve("inbox").toAbsolutePath(),
                "--logging.file.name=" + database.resolve("tracking-integration.log").toAbsolutePath()));
        Files.createDirectories(database);
        Path console = database.resolve("console-" + children.incrementAndGet() + ".txt");
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        started.add(process);
        return new Child(process, console);
    }

    @AfterEach
    void noChildLeftBehind() {
        FakeTracking.release();
        started.forEach(Process::destroyForcibly);
    }
}
