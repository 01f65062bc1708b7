package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.batch.OperatorProcesses;
import com.trackingintegration.batch.OperatorProcesses.Child;
import com.trackingintegration.batch.OperatorProcesses.Run;
import com.trackingintegration.batch.db.OperatorDatabases;
import com.trackingintegration.batch.db.OperatorDatabases.OperatorDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
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

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.trackingintegration.batch.nativeimport.OperatorRunFixture.ORDERS;
import static com.trackingintegration.batch.nativeimport.OperatorRunFixture.START;
import static com.trackingintegration.batch.nativeimport.OperatorRunFixture.assertEveryInvoiceSentOnce;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarts as an operator does them, on each database: each run is a new JVM, started with the real command line, the
 * database's URL as an operator writes it and its user and password in the environment. Tracking fails after some
 * chunks, or the process is killed (SIGKILL) or signalled (SIGTERM) while a batch is in flight; the restart goes on
 * from the last committed chunk, and every eligible invoice ends in Tracking exactly once. With a database server that
 * several processes share (an HSQLDB server, PostgreSQL): a stop from another process, a second process refused while
 * the job runs, a killed run's lease expiring. A batch in flight is held by VTEX Tracking until the test has done what
 * it does meanwhile: nothing depends on how fast the machine is.
 */
@ParameterizedClass
@EnumSource(OperatorDatabases.class)
class NativeImportRestartTest {

    @RegisterExtension
    static WireMockExtension vtex = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().extensions(new FakeTracking())).build();

    private final OperatorDatabases kind;
    private final Path folder = Path.of("target", "restart-db", UUID.randomUUID().toString());
    private final List<AutoCloseable> opened = new ArrayList<>();
    private OperatorDatabase database;
    private OperatorProcesses processes;

    NativeImportRestartTest(OperatorDatabases kind) {
        this.kind = kind;
    }

    @BeforeEach
    void vtexWithTenInvoicedOrders() {
        OperatorRunFixture.tenInvoicedOrders(vtex);
    }

    @Test
    void a_run_failed_by_tracking_is_restarted_in_a_new_process_and_every_invoice_is_sent_exactly_once() throws Exception {
        on(kind.ownedBy(folder));
        FakeTracking.downAfterBatches = 2;

        Run failed = processes.run(START);
        assertThat(failed.exit()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("FAILED: VTEX Tracking POST /services: answered 500; not sent again, since it may have been taken")
                .contains("fix the cause, then: restart");
        assertThat(FakeTracking.TAKEN).hasSize(4);
        assertThat(failed.output().lines().filter(line -> line.contains("answered 500"))).as("one problem line: " + failed.output())
                .containsExactly("FAILED: VTEX Tracking POST /services: answered 500; not sent again, since it may have been taken");
        assertThat(failed.output()).as("no stack trace, no library logging on the console").doesNotContain("\tat ", "Exception", "ERROR", "WARN");
        assertThat(processes.log()).contains("OutcomeUnknownException", "\tat org.springframework.batch.core.step.item.ChunkOrientedStep");

        FakeTracking.downAfterBatches = Integer.MAX_VALUE;
        Run restarted = processes.run("restart", "nativeImport");

        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertEveryInvoiceSentOnce();
    }

    @Test
    void a_run_killed_while_tracking_was_taking_a_batch_is_recovered_and_nothing_is_sent_twice() throws Exception {
        on(kind.ownedBy(folder));
        FakeTracking.hold(3);
        Child running = processes.launch(START);
        FakeTracking.awaitHeld();
        running.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        FakeTracking.release();
        assertThat(FakeTracking.TAKEN).hasSize(6);
        if (database.shared()) {
            // On a server, a killed holder's lease is taken over only once it has expired (the lease tests below): here at
            // once. The HSQLDB file needs none of it: a process that opens the file knows no other process runs the job.
            expireLease();
        }

        Run restarted = processes.run("restart", "nativeImport");

        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertThat(restarted.output()).contains("was left STARTED by a process that stopped; recovering it");
        assertEveryInvoiceSentOnce();
        assertThat(vtex.findAll(getRequestedFor(urlPathEqualTo("/receiver/services/invoice")))).as("the two pending invoices looked up").hasSize(2);
    }

    @Test
    void sigterm_finishes_the_current_chunk_stops_the_run_and_restart_completes_it() throws Exception {
        on(kind.ownedBy(folder));
        FakeTracking.hold(2);
        Child running = processes.launch(START);
        FakeTracking.awaitHeld();
        running.process().destroy();
        running.awaitOutput("SIGTERM received: finishing the current chunk");
        FakeTracking.release();
        assertThat(running.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        String stopped = running.output();

        assertThat(running.process().exitValue()).as(stopped).isEqualTo(4);
        assertThat(stopped).contains("STOPPED");
        assertThat(FakeTracking.TAKEN).as("the chunk in flight was finished, no further one started").hasSize(4);

        Run restarted = processes.run("restart", "nativeImport");

        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertEveryInvoiceSentOnce();
    }

    @Test
    void with_a_server_database_stop_from_another_process_stops_the_run_after_its_chunk() throws Exception {
        on(kind.server(folder));
        FakeTracking.hold(2);
        Child running = processes.launch(START);
        FakeTracking.awaitHeld();
        long execution = OperatorRunFixture.runningExecution(database);

        OperatorRunFixture.stopFromAnotherProcess(processes, running, execution);

        Run restarted = processes.run("restart", "nativeImport");
        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertEveryInvoiceSentOnce();
    }

    @Test
    void with_a_server_database_a_second_start_or_restart_while_the_job_runs_is_refused_naming_the_running_execution() throws Exception {
        on(kind.server(folder));
        FakeTracking.hold(2);
        Child running = processes.launch(START[0], START[1], START[2], START[3], "--integration.lease.heartbeat=1s");
        FakeTracking.awaitHeld();
        long execution = OperatorRunFixture.runningExecution(database);
        Instant firstExpiry = leaseExpiry();
        awaitLeaseRenewedAfter(firstExpiry);

        Run secondStart = processes.run(START);
        Run restart = processes.run("restart", "nativeImport");

        for (Run refused : List.of(secondStart, restart)) {
            assertThat(refused.exit()).as(refused.output()).isEqualTo(2);
            assertThat(refused.output()).startsWith("nativeImport is running in another process: execution " + execution + ", lease held by pid "
                    + running.process().pid() + " on ").contains("or stop it with 'stop " + execution + "'").hasLineCount(1);
        }
        FakeTracking.release();
        assertThat(running.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(running.process().exitValue()).as(running.output()).isZero();
        assertThat(FakeTracking.TAKEN.values()).as("only the running process sent").hasSize(ORDERS)
                .allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
    }

    @Test
    void with_a_server_database_a_killed_runs_execution_is_recovered_only_once_its_lease_has_expired() throws Exception {
        on(kind.server(folder));
        FakeTracking.hold(2);
        Child running = processes.launch(START);
        FakeTracking.awaitHeld();
        long execution = OperatorRunFixture.runningExecution(database);
        running.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        FakeTracking.release();

        Run tooEarly = processes.run("restart", "nativeImport");
        assertThat(tooEarly.exit()).as(tooEarly.output()).isEqualTo(2);
        assertThat(tooEarly.output()).startsWith("nativeImport is running in another process: execution " + execution).hasLineCount(1);

        expireLease();
        Run restarted = processes.run("restart", "nativeImport");
        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertThat(restarted.output()).contains("execution " + execution + " was left STARTED by a process that stopped; recovering it");
        assertEveryInvoiceSentOnce();
    }

    private void on(OperatorDatabase opened) {
        database = opened;
        this.opened.add(opened);
        processes = OperatorRunFixture.processes(folder, opened, vtex);
        this.opened.add(processes);
    }

    private Instant leaseExpiry() throws SQLException {
        try (Connection db = OperatorRunFixture.connect(database);
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
        try (Connection db = OperatorRunFixture.connect(database)) {
            assertThat(db.createStatement().executeUpdate("UPDATE TI_RUN_LEASE SET EXPIRES_AT = TIMESTAMP '2000-01-01 00:00:00'")).isOne();
        }
    }

    @AfterEach
    void noChildLeftBehind() throws Exception {
        FakeTracking.release();
        // The processes first, then their database.
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }
}
