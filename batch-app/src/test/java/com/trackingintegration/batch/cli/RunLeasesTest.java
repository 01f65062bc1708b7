package com.trackingintegration.batch.cli;

import com.trackingintegration.domain.fixtures.MovableClock;
import com.trackingintegration.batch.config.LeaseProperties;
import com.trackingintegration.batch.db.TestDatabases;
import com.trackingintegration.batch.store.JdbcRunLeases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two processes sharing a server database, played by two {@link RunLeases} on one database (HSQLDB in memory, then
 * PostgreSQL): one runs a job at a time, a killed holder's lease expires, a heartbeat keeps a live one, and a lease
 * lost stops its run.
 */
@ParameterizedClass
@EnumSource(TestDatabases.class)
class RunLeasesTest {

    private static final LeaseProperties LEASE = new LeaseProperties(Duration.ofSeconds(60), Duration.ofMillis(50));

    private final JdbcTemplate jdbc;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T02:00:00Z"));
    private final RunLeases first;
    private final RunLeases second;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
    private final List<Long> stopped = new CopyOnWriteArrayList<>();
    private final List<HeldLease> taken = new CopyOnWriteArrayList<>();

    RunLeasesTest(TestDatabases database) {
        jdbc = database.fresh().migrated();
        first = new RunLeases(new JdbcRunLeases(jdbc), clock, LEASE, false);
        second = new RunLeases(new JdbcRunLeases(jdbc), clock, LEASE, false);
    }

    @Test
    void while_one_process_runs_a_job_another_is_refused_in_one_line_naming_the_execution_and_may_run_it_once_released() {
        Optional<HeldLease> running = take(first, "nativeImport");
        first.attach("nativeImport", 7);

        assertThat(take(second, "nativeImport")).isEmpty();
        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("nativeImport is running in another process: execution 7, lease held by pid ")
                .contains("or stop it with 'stop 7'").hasLineCount(1);
        assertThat(take(second, "statusSync")).as("another job is not held").isPresent();

        running.orElseThrow().close();
        taken.remove(running.get());
        assertThat(take(second, "nativeImport")).isPresent();
    }

    @Test
    void reconcile_never_runs_beside_either_import_and_holds_their_leases_while_it_runs() {
        Optional<HeldLease> importing = take(first, "nativeImport");
        first.attach("nativeImport", 7);

        assertThat(take(second, "reconcile")).as("nativeImport runs in another process").isEmpty();
        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("nativeImport is running in another process: execution 7").hasLineCount(1);
        assertThat(new JdbcRunLeases(jdbc).of("reconcile")).as("the refused run keeps no lease").isEmpty();

        importing.orElseThrow().close();
        taken.remove(importing.get());
        Optional<HeldLease> reconciling = take(second, "reconcile");
        second.attach("reconcile", 8);
        assertThat(reconciling).isPresent();
        console.reset();
        assertThat(take(first, "nativeImport")).as("reconcile runs").isEmpty();
        assertThat(console.toString(StandardCharsets.UTF_8)).as("the operator is told which job runs")
                .startsWith("reconcile (which holds nativeImport's lease while it runs) is running in another process: execution 8").hasLineCount(1);
        assertThat(take(first, "externalImport")).as("reconcile runs").isEmpty();
        assertThat(new JdbcRunLeases(jdbc).of("externalImport").orElseThrow().executionId()).contains(8L);

        reconciling.get().close();
        taken.remove(reconciling.get());
        assertThat(take(first, "externalImport")).as("released with reconcile's").isPresent();
    }

    @Test
    void while_a_purge_runs_no_job_starts_anywhere_and_the_operator_is_told_it_is_the_purge() {
        HeldLease purging = first.takeForPurge(List.of("nativeImport", "statusSync"), out).orElseThrow();
        taken.add(purging);

        assertThat(take(second, "statusSync")).isEmpty();
        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("purge (which holds every job's lease while it deletes old history)"
                + " is running in another process: a purge has no execution, lease held by pid ").hasLineCount(1);
        assertThat(second.takeForPurge(List.of("reconcile"), out)).as("nor a second purge").isEmpty();

        purging.close();
        taken.remove(purging);
        assertThat(take(second, "statusSync")).as("released with the purge's own").isPresent();
    }

    @Test
    void a_killed_processs_lease_is_taken_once_it_has_expired_and_not_before() {
        take(first, "nativeImport");
        stopHeartbeats();

        clock.advance(Duration.ofSeconds(59));
        assertThat(take(second, "nativeImport")).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(take(second, "nativeImport")).isPresent();
    }

    @Test
    void the_heartbeat_renews_a_running_processs_lease() throws InterruptedException {
        take(first, "nativeImport");

        clock.advance(Duration.ofMinutes(10));

        Instant renewedTo = clock.instant().plus(LEASE.duration());
        awaitUntil(() -> new JdbcRunLeases(jdbc).of("nativeImport").orElseThrow().expiresAt().equals(renewedTo), "the lease renewed to " + renewedTo);
        assertThat(take(second, "nativeImport")).as("ten minutes later, still held").isEmpty();
    }

    @Test
    void a_lease_lost_while_the_run_goes_on_stops_the_run_after_its_chunk() throws InterruptedException {
        take(first, "nativeImport");
        first.attach("nativeImport", 7);

        // Another process took it: this one's heartbeats had not come for longer than the lease (a long pause).
        jdbc.update("UPDATE TI_RUN_LEASE SET HOLDER = 'pid 99 on elsewhere'");

        awaitUntil(() -> stopped.contains(7L), "execution 7 stopped");
    }

    @Test
    void with_a_single_process_database_a_lease_left_behind_is_taken_at_once() {
        take(first, "nativeImport");
        stopHeartbeats();

        RunLeases onAFile = new RunLeases(new JdbcRunLeases(jdbc), clock, LEASE, true);

        assertThat(take(onAFile, "nativeImport")).as("no other process can have the file open").isPresent();
    }

    private Optional<HeldLease> take(RunLeases leases, String job) {
        Optional<HeldLease> lease = leases.take(job, out, stopped::add);
        lease.ifPresent(taken::add);
        return lease;
    }

    @AfterEach
    void heartbeatsEnd() {
        taken.forEach(HeldLease::close);
    }

    /** As when the holder's process is killed: its lease stays as it was last renewed. */
    private void stopHeartbeats() {
        jdbc.update("UPDATE TI_RUN_LEASE SET HOLDER = 'pid 1 (killed)'");
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never came: " + what);
            }
            Thread.sleep(10);
        }
    }
}
