package com.trackingintegration.batch.retention;

import com.trackingintegration.batch.cli.HeldLease;
import com.trackingintegration.batch.JobTest;
import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.cli.PurgeCommand;
import com.trackingintegration.batch.cli.RunLeases;
import com.trackingintegration.batch.config.LeaseProperties;
import com.trackingintegration.batch.nativeimport.VtexStubs;
import com.trackingintegration.batch.store.JdbcRunLeases;
import com.trackingintegration.batch.store.JdbcSettledHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.io.PrintStream;
import java.sql.Clob;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code purge} on a job repository holding, 100 days old: a completed run (with its outcomes, steps and contexts), an
 * abandoned one, a FAILED one (restartable), one a killed process left STARTED, settled and pending ledger rows; and
 * a completed run of today. It deletes exactly what is older than the cut-off and no rule still needs, the FAILED
 * run is restarted afterwards, and a second purge deletes nothing more.
 */
// A property of its own: a context of this class is never one another class cached with its own WireMock's port.
@SpringBootTest(properties = "integration.retention.older-than=90d")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class PurgeTest extends JobTest {

    /** Every table a purge may touch or must leave alone: Spring Batch's and this project's. */
    private static final List<String> TABLES = List.of("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS",
            "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION", "BATCH_STEP_EXECUTION_CONTEXT", "TI_OUTCOME", "TI_DELIVERY_LEDGER",
            "TI_LEDGER", "TI_QUERY_HISTORY", "TI_EXTERNAL_ORDER", "TI_STATUS_SENT", "TI_DEFERRED", "TI_WINDOW", "TI_RUN_LEASE");
    private static final Duration AGE = Duration.ofDays(100);

    @Autowired
    private PurgeCommand purge;
    @Autowired
    private JobRepository repository;
    @Autowired
    private OldJobRuns runs;
    @Autowired
    private JdbcSettledHistory history;
    @Autowired
    private Clock clock;

    private long oldCompleted;
    private long oldAbandoned;
    private long oldFailed;
    private long oldStarted;
    private long recentCompleted;

    @BeforeEach
    void aRepositoryWithOldAndRecentRunsAndLedgerRows() throws Exception {
        vtex.resetAll();
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("1-01", "invoiced", List.of("7001:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("2-01", "invoiced", List.of("7002:Output:Motoboy"), true)));
        assertThat(start("nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z")).as(console()).isZero();
        oldCompleted = lastInstance();
        oldAbandoned = handMade("statusSync", BatchStatus.ABANDONED);
        vtex.stubFor(get("/api/oms/pvt/orders/2-01").willReturn(serverError()));
        assertThat(start("nativeImport", "from=2026-11-25T00:00:00Z", "to=2026-11-26T00:00:00Z")).as(console()).isEqualTo(ExitCodes.FAILED);
        oldFailed = lastInstance();
        // A process killed mid-run: its execution stays STARTED (ended by nobody), as the repository saw it last.
        oldStarted = handMade("externalImport", BatchStatus.STARTED);
        List.of(oldCompleted, oldAbandoned, oldFailed, oldStarted).forEach(this::ranLongAgo);
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("1-01", "invoiced", List.of("7001:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("2-01", "invoiced", List.of("7002:Output:Motoboy"), true)));
        assertThat(start("nativeImport", "from=2026-11-27T00:00:00Z", "to=2026-11-28T00:00:00Z")).as(console()).isZero();
        recentCompleted = lastInstance();

        Instant longAgo = clock.instant().minus(AGE);
        Instant anHourAgo = clock.instant().minus(Duration.ofHours(1));
        query("/services?status=delivered&from=2026-08-01", longAgo);
        query("/services?status=delivered&from=2026-12-01", anHourAgo);
        legacy("L-SETTLED", "SENT", longAgo, true);
        legacy("L-PENDING", "PENDING", longAgo, true);
        legacy("L-NOT-CARRIED", "SENT", longAgo, false);
        legacy("L-RECENT", "SENT", anHourAgo, true);
        deliveryLedger("P-PENDING", "PENDING", longAgo);
        deliveryLedger("S-SENT", "SENT", longAgo);
        jdbc.update("INSERT INTO TI_EXTERNAL_ORDER (OMS_ORDER_ID, ERP_ORDER_ID, SOURCE_FILE, SOURCE_LINE, STATE, WAITING_FOR, ERP_ORDER, UPDATED_AT)"
                + " VALUES ('TRK-E-1', 'E-1', 'orders.jsonl', 1, 'SENT_TO_TRACKING', '', '{}', ?)", utc(longAgo));
        jdbc.update("INSERT INTO TI_STATUS_SENT (CHANGE_KEY, EXECUTION_ID, SENT_AT) VALUES ('1-01/7001/DELIVERED', 1, ?)", utc(longAgo));
        console.reset();
    }

    @Test
    void deletes_exactly_the_old_runs_no_restart_needs_and_the_settled_history_then_a_restart_still_works_and_a_second_purge_deletes_nothing()
            throws Exception {
        Map<String, List<Map<String, Object>>> before = snapshot(TABLES);
        List<Long> deletedExecutions = executionsOf(oldCompleted, oldAbandoned);
        long deletedOutcomes = outcomesOf(deletedExecutions);
        assertThat(deletedOutcomes).as("the old completed run recorded its orders").isPositive();

        Instant earliest = clock.instant().minus(Duration.ofDays(90)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(purge.run("90d", false, out())).as(console()).isZero();

        assertThat(Instant.parse(cutoff())).as("now less 90 days").isBetween(earliest, clock.instant().minus(Duration.ofDays(90)));
        assertThat(console().lines()).hasSize(5);
        assertThat(console()).contains(": 2 deleted (2 job instances, with their steps, contexts and parameters)")
                .contains("outcomes (TI_OUTCOME) of those executions: " + deletedOutcomes + " deleted")
                .contains("VTEX Tracking query history (TI_QUERY_HISTORY) asked before " + cutoff() + ": 1 deleted")
                .contains("written before " + cutoff() + ": 1 deleted")
                .contains("kept, though older than " + cutoff() + ": 1 job instances that can still be restarted (restart or abandon them),"
                        + " 1 with an unfinished execution");
        Map<String, List<Map<String, Object>>> after = snapshot(TABLES);
        assertThat(after.get("BATCH_JOB_INSTANCE")).isEqualTo(without(before, "BATCH_JOB_INSTANCE", "JOB_INSTANCE_ID", Set.of(oldCompleted, oldAbandoned)));
        for (String table : List.of("BATCH_JOB_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION_CONTEXT", "TI_OUTCOME")) {
            String column = table.equals("TI_OUTCOME") ? "EXECUTION_ID" : "JOB_EXECUTION_ID";
            assertThat(after.get(table)).as(table).isEqualTo(without(before, table, column, Set.copyOf(deletedExecutions)));
        }
        assertThat(after.get("BATCH_STEP_EXECUTION")).isEqualTo(without(before, "BATCH_STEP_EXECUTION", "JOB_EXECUTION_ID", Set.copyOf(deletedExecutions)));
        assertThat(after.get("BATCH_STEP_EXECUTION_CONTEXT")).hasSize(after.get("BATCH_STEP_EXECUTION").size());
        assertThat(after.get("TI_LEDGER")).isEqualTo(without(before, "TI_LEDGER", "ORDER_ID", Set.of("L-SETTLED")));
        assertThat(after.get("TI_QUERY_HISTORY")).isEqualTo(without(before, "TI_QUERY_HISTORY", "QUERY", Set.of("/services?status=delivered&from=2026-08-01")));
        for (String untouched : List.of("TI_DELIVERY_LEDGER", "TI_EXTERNAL_ORDER", "TI_STATUS_SENT", "TI_DEFERRED", "TI_WINDOW", "TI_RUN_LEASE")) {
            assertThat(after.get(untouched)).as(untouched + ", never purged").isEqualTo(before.get(untouched));
        }

        console.reset();
        assertThat(purge.run("90d", false, out())).isZero();
        assertThat(snapshot(TABLES)).as("a second purge deletes nothing more").isEqualTo(after);
        assertThat(console()).contains(": 0 deleted (0 job instances").contains("of those executions: 0 deleted");

        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("2-01", "invoiced", List.of("7002:Output:Motoboy"), true)));
        long failedExecution = executionsOf(oldFailed).get(0);
        assertThat(commands.restart(String.valueOf(failedExecution), out())).as(console()).isZero();
        assertThat(repository.getJobExecutions(repository.getJobInstance(oldFailed))).extracting(JobExecution::getStatus)
                .contains(BatchStatus.COMPLETED);
    }

    @Test
    void a_dry_run_counts_what_would_go_and_deletes_nothing() {
        Map<String, List<Map<String, Object>>> before = snapshot(TABLES);

        assertThat(purge.run("90d", true, out())).isZero();

        assertThat(snapshot(TABLES)).isEqualTo(before);
        assertThat(console()).startsWith("purge --dry-run: nothing is deleted")
                .contains(": 2 would be deleted (2 job instances").contains("asked before " + cutoff() + ": 1 would be deleted");
        assertThat(console().lines()).hasSize(6);
    }

    @Test
    void while_a_job_runs_in_another_process_it_is_refused_in_one_line_naming_the_job_and_deletes_nothing() {
        LeaseProperties lease = new LeaseProperties(Duration.ofSeconds(60), Duration.ofSeconds(20));
        // A server database: the leases of other processes count (on the HSQLDB file no other process can hold one).
        RunLeases otherProcess = new RunLeases(new JdbcRunLeases(jdbc), clock, lease, false);
        RunLeases thisProcess = new RunLeases(new JdbcRunLeases(jdbc), clock, lease, false);
        List<String> tables = TABLES.stream().filter(table -> !table.equals("TI_RUN_LEASE")).toList();
        Map<String, List<Map<String, Object>>> before;
        try (HeldLease running = otherProcess.take("statusSync", out(), execution -> { }).orElseThrow()) {
            before = snapshot(tables);
            console.reset();

            int exit = new PurgeCommand(thisProcess, Set.of("nativeImport", "statusSync", "reconcile"), runs, history, clock).run("90d", false, out());

            assertThat(exit).isEqualTo(ExitCodes.USAGE);
            assertThat(console().lines()).singleElement().asString().startsWith("statusSync is running in another process");
            assertThat(snapshot(tables)).isEqualTo(before);
        }
        assertThat(new JdbcRunLeases(jdbc).of("purge")).as("the refused purge keeps no lease").isEmpty();
        assertThat(new JdbcRunLeases(jdbc).of("nativeImport")).isEmpty();
    }

    /** A job instance with one execution in this status, made through the job repository as a launch makes it. */
    private long handMade(String job, BatchStatus status) throws Exception {
        JobParameters parameters = new JobParametersBuilder().addString("run.at", clock.instant().toString() + job).toJobParameters();
        JobInstance instance = repository.createJobInstance(job, parameters);
        JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStartTime(LocalDateTime.now());
        execution.setStatus(status);
        if (!status.isRunning()) {
            execution.setEndTime(LocalDateTime.now());
        }
        repository.update(execution);
        return instance.getInstanceId();
    }

    /** Every time of the instance's executions moved back {@link #AGE}, as Spring Batch writes them (local wall time). */
    private void ranLongAgo(long instance) {
        for (String column : List.of("CREATE_TIME", "START_TIME", "END_TIME", "LAST_UPDATED")) {
            jdbc.update("UPDATE BATCH_JOB_EXECUTION SET " + column + " = ? WHERE JOB_INSTANCE_ID = ? AND " + column + " IS NOT NULL",
                    LocalDateTime.now().minus(AGE), instance);
        }
    }

    private void query(String query, Instant askedAt) {
        jdbc.update("INSERT INTO TI_QUERY_HISTORY (QUERY, ASKED_AT) VALUES (?, ?)", query, utc(askedAt));
    }

    /** A row of the ledger from before the series was known, carried into the delivery ledger or not. */
    private void legacy(String orderId, String state, Instant updatedAt, boolean carried) {
        jdbc.update("INSERT INTO TI_LEDGER (ORDER_ID, INVOICE_NUMBER, FINGERPRINT, STATE, EXECUTION_ID, UPDATED_AT) VALUES (?, '1', ?, ?, 1, ?)",
                orderId, "f".repeat(64), state, utc(updatedAt));
        if (carried) {
            deliveryLedger(orderId, state, updatedAt);
        }
    }

    private void deliveryLedger(String orderId, String state, Instant updatedAt) {
        jdbc.update("INSERT INTO TI_DELIVERY_LEDGER (ORDER_ID, INVOICE_NUMBER, INVOICE_SERIES, STATE, FINGERPRINT, EXECUTION_ID, UPDATED_AT)"
                + " VALUES (?, '1', '', ?, ?, 1, ?)", orderId, state, "f".repeat(64), utc(updatedAt));
    }

    private List<Long> executionsOf(Long... instances) {
        return jdbc.queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID IN (" + "?,".repeat(instances.length - 1)
                + "?) ORDER BY 1", Long.class, (Object[]) instances);
    }

    private long outcomesOf(List<Long> executions) {
        return executions.stream().mapToLong(id -> jdbc.queryForObject("SELECT COUNT(*) FROM TI_OUTCOME WHERE EXECUTION_ID = ?", Long.class, id)).sum();
    }

    private long lastInstance() {
        return jdbc.queryForObject("SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE", Long.class);
    }

    /** The rows of these tables, each in a fixed order, CLOBs read as text: to compare before and after a purge. */
    private Map<String, List<Map<String, Object>>> snapshot(List<String> tables) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2").stream().map(PurgeTest::readable).toList());
        }
        return rows;
    }

    private static Map<String, Object> readable(Map<String, Object> row) {
        // Case-insensitive, as JdbcTemplate's own rows: PostgreSQL names the columns in lower case.
        Map<String, Object> readable = new org.springframework.util.LinkedCaseInsensitiveMap<>();
        row.forEach((column, value) -> readable.put(column, value instanceof Clob clob ? text(clob) : value));
        return readable;
    }

    private static String text(Clob clob) {
        try {
            return clob.getSubString(1, (int) clob.length());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> without(Map<String, List<Map<String, Object>>> rows, String table, String column, Set<?> values) {
        Predicate<Map<String, Object>> deleted = row -> values.contains(row.get(column));
        return rows.get(table).stream().filter(deleted.negate()).toList();
    }

    /** The cut-off the purge prints: now less 90 days, to the second (the clock is the system's: within this test's seconds). */
    private String cutoff() {
        return Optional.of(console()).map(text -> text.replaceAll("(?s).*?older than (\\S+): .*", "$1")).orElseThrow();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private PrintStream out() {
        return new PrintStream(console, true, StandardCharsets.UTF_8);
    }

    private String console() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
