package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.batch.OperatorProcesses;
import com.trackingintegration.batch.OperatorProcesses.Child;
import com.trackingintegration.batch.OperatorProcesses.Run;
import com.trackingintegration.batch.db.OperatorDatabases.OperatorDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests that run each command as a new JVM share: VTEX with ten invoiced orders (one invoice each) and a
 * {@link FakeTracking} that remembers what it took, the operator's command line against it, and the check that every
 * invoice reached Tracking exactly once.
 */
final class OperatorRunFixture {

    static final int ORDERS = 10;
    static final List<String> INVOICES = IntStream.rangeClosed(1, ORDERS).mapToObj(i -> String.valueOf(7000 + i)).toList();
    static final String[] START = {"start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z"};

    private OperatorRunFixture() {
    }

    /** Ten invoiced orders in the OMS, Tracking empty (a server with {@link FakeTracking} as an extension). */
    static void tenInvoicedOrders(WireMockExtension vtex) {
        FakeTracking.reset();
        VtexStubs.tracking(vtex);
        vtex.stubFor(post(urlPathMatching("/receiver/services(/routes)?")).willReturn(aResponse().withTransformers(FakeTracking.NAME)));
        vtex.stubFor(get(urlPathEqualTo("/receiver/services/invoice")).willReturn(aResponse().withTransformers(FakeTracking.NAME)));
        VtexStubs.oms(vtex, IntStream.rangeClosed(1, ORDERS)
                .mapToObj(i -> new VtexStubs.OmsOrder(i + "-01", "invoiced", List.of((7000 + i) + ":Output:Motoboy"), true)).toList());
    }

    /**
     * Processes in {@code folder} on this database as an operator points them at it: its URL on the command line, its
     * user and password in the environment.
     */
    static OperatorProcesses processes(Path folder, OperatorDatabase database, WireMockExtension vtex) {
        return new OperatorProcesses(folder, List.of(database.urlSetting(),
                "--vtex.account=loja", "--vtex.oms.base-url=" + vtex.baseUrl(), "--vtex.oms.app-key=key", "--vtex.oms.app-token=token",
                "--vtex.tracking.base-url=" + vtex.baseUrl() + "/receiver", "--vtex.tracking.username=user", "--vtex.tracking.password=password",
                // A held batch is answered late, never timed out and sent again.
                "--vtex.http.max-attempts=2", "--vtex.http.first-backoff=10ms", "--vtex.http.max-backoff=20ms", "--vtex.http.read-timeout=5m",
                "--integration.chunk-size=2", "--integration.erp.inbox=" + folder.resolve("inbox").toAbsolutePath()))
                .withEnvironment(database.credentials());
    }

    /**
     * {@code stop <id>} from another process while Tracking holds the run's second batch: the batch is answered, the
     * run commits that chunk, starts no further one, and ends STOPPED (exit 4), restartable.
     */
    static void stopFromAnotherProcess(OperatorProcesses processes, Child running, long execution) throws Exception {
        Run stop = processes.run("stop", String.valueOf(execution));
        assertThat(stop.exit()).as(stop.output()).isZero();
        assertThat(stop.output()).startsWith("stop requested: execution " + execution);
        FakeTracking.release();
        assertThat(running.process().waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(running.process().exitValue()).as(running.output()).isEqualTo(4);
        assertThat(FakeTracking.TAKEN).as("the chunk in flight was finished, no further one started").hasSize(4);
    }

    static void assertEveryInvoiceSentOnce() {
        assertThat(FakeTracking.TAKEN.keySet()).containsExactlyInAnyOrderElementsOf(INVOICES);
        assertThat(FakeTracking.TAKEN.values()).allSatisfy(times -> assertThat(times.get()).as("sent once").isEqualTo(1));
    }

    /** The id of the one execution of the job that runs now (ids start at 0 on HSQLDB, at 1 on PostgreSQL). */
    static long runningExecution(OperatorDatabase database) throws SQLException {
        try (Connection db = connect(database);
             ResultSet running = db.createStatement().executeQuery("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE STATUS = 'STARTED'")) {
            assertThat(running.next()).as("an execution is running").isTrue();
            long id = running.getLong(1);
            assertThat(running.next()).as("only one execution is running").isFalse();
            return id;
        }
    }

    /** Plain JDBC, as a person at a SQL prompt: works on each database. */
    static Connection connect(OperatorDatabase database) throws SQLException {
        return DriverManager.getConnection(database.database().url(), database.database().username(), database.database().password());
    }
}
