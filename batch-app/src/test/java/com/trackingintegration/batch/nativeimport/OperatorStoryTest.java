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

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.trackingintegration.batch.nativeimport.OperatorRunFixture.START;
import static com.trackingintegration.batch.nativeimport.OperatorRunFixture.assertEveryInvoiceSentOnce;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator's night on PostgreSQL, each command a process of its own as typed at a shell: {@code start nativeImport}
 * in one terminal; from a second, while it runs, {@code executions}, {@code report} and {@code order} answer; from a
 * third, {@code stop} ends the run after its chunk; {@code restart} completes it, every invoice sent once. And the same
 * beside a running {@code serve}. VTEX Tracking holds a batch while the other terminals do their part.
 */
class OperatorStoryTest {

    @RegisterExtension
    static WireMockExtension vtex = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().extensions(new FakeTracking())).build();

    private final Path folder = Path.of("target", "operator-story", UUID.randomUUID().toString());
    private final OperatorDatabase postgresql = OperatorDatabases.POSTGRESQL.server(folder);
    private final OperatorProcesses terminals = OperatorRunFixture.processes(folder, postgresql, vtex);

    @BeforeEach
    void vtexWithTenInvoicedOrders() {
        OperatorRunFixture.tenInvoicedOrders(vtex);
    }

    @Test
    void a_run_is_watched_from_a_second_terminal_stopped_from_a_third_and_restarted_to_its_end() throws Exception {
        // Terminal 1: the night's run; Tracking holds its second batch, the first chunk is committed.
        FakeTracking.hold(2);
        Child night = terminals.launch(START);
        FakeTracking.awaitHeld();
        long execution = OperatorRunFixture.runningExecution(postgresql);

        // Terminal 2: what runs, what it did so far, and one order's story.
        Run executions = terminals.run("executions");
        assertThat(executions.exit()).as(executions.output()).isZero();
        assertThat(executions.output()).containsPattern("(?m)^" + execution + " +nativeImport +STARTED ");
        Run report = terminals.run("report", String.valueOf(execution));
        assertThat(report.exit()).as(report.output()).isZero();
        assertThat(report.output()).startsWith("nativeImport execution " + execution + ": STARTED")
                .containsPattern("IMPORTED +READY +2 +2");
        String sent = anOrderSoFar();
        Run order = terminals.run("order", sent);
        assertThat(order.exit()).as(order.output()).isZero();
        assertThat(order.output()).startsWith("order " + sent).contains("execution " + execution + " (nativeImport)", ": IMPORTED READY");

        // Terminal 3: stop it; it finishes the chunk in flight, then ends STOPPED.
        OperatorRunFixture.stopFromAnotherProcess(terminals, night, execution);

        // Any terminal: restart, and the night's work is done, each invoice once.
        Run restarted = terminals.run("restart", "nativeImport");
        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertEveryInvoiceSentOnce();
        assertThat(terminals.run("executions").output()).containsPattern("(?m)^" + execution + " +nativeImport +STOPPED ")
                .containsPattern("(?m)^\\d+ +nativeImport +COMPLETED ");
    }

    @Test
    void executions_answers_from_another_terminal_while_serve_runs_its_schedule() throws Exception {
        FakeTracking.hold(2);
        Child serve = terminals.launch("serve", "--integration.schedule.cron=* * * * * *", "--integration.schedule.jobs=nativeImport");
        FakeTracking.awaitHeld();
        long execution = OperatorRunFixture.runningExecution(postgresql);

        Run executions = terminals.run("executions");

        assertThat(executions.exit()).as(executions.output()).isZero();
        assertThat(executions.output()).containsPattern("(?m)^" + execution + " +nativeImport +STARTED ");
        // serve is stopped as Kubernetes stops a pod: its run finishes the chunk and ends STOPPED, restartable.
        serve.process().destroy();
        serve.awaitOutput("SIGTERM received");
        FakeTracking.release();
        assertThat(serve.process().waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(serve.process().exitValue()).as(serve.output()).isEqualTo(4);
        Run restarted = terminals.run("restart", "nativeImport");
        assertThat(restarted.exit()).as(restarted.output()).isZero();
        assertEveryInvoiceSentOnce();
    }

    /** An order the running execution has recorded already (the first chunk's), read as anyone may read the database. */
    private String anOrderSoFar() throws SQLException {
        try (Connection db = OperatorRunFixture.connect(postgresql);
             ResultSet order = db.createStatement().executeQuery("SELECT MIN(ORDER_ID) FROM TI_OUTCOME")) {
            assertThat(order.next()).isTrue();
            return order.getString(1);
        }
    }

    @AfterEach
    void noChildLeftBehind() {
        FakeTracking.release();
        terminals.close();
        postgresql.close();
    }
}
