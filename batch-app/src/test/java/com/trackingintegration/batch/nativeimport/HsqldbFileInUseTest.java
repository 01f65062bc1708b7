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
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.trackingintegration.batch.nativeimport.OperatorRunFixture.START;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only the default HSQLDB file does: one process at a time. A second process is told at once, in one line naming
 * the running one, that the job repository is in use; the running one goes on undisturbed. (A server database lets the
 * second one in: {@link NativeImportRestartTest}, {@link OperatorStoryTest}.)
 */
class HsqldbFileInUseTest {

    @RegisterExtension
    static WireMockExtension vtex = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().extensions(new FakeTracking())).build();

    private final Path folder = Path.of("target", "restart-db", UUID.randomUUID().toString());
    private final OperatorDatabase database = OperatorDatabases.HSQLDB.ownedBy(folder);
    private final OperatorProcesses processes = OperatorRunFixture.processes(folder, database, vtex);

    @BeforeEach
    void vtexWithTenInvoicedOrders() {
        OperatorRunFixture.tenInvoicedOrders(vtex);
    }

    @Test
    void a_second_process_on_the_hsqldb_file_a_run_holds_is_told_in_one_line_that_it_is_in_use() throws Exception {
        FakeTracking.hold(1);
        Child running = processes.launch(START);
        FakeTracking.awaitHeld();

        Run second = processes.run(START);

        assertThat(second.exit()).as(second.output()).isEqualTo(2);
        assertThat(second.output()).startsWith("the job repository " + folder.toAbsolutePath().normalize().resolve("db")
                + " is in use by another process (pid " + running.process().pid() + " on ").hasLineCount(1);
        assertThat(processes.log()).as("the start-up failure's trace is in the log file").contains("The application could not start")
                .contains("JobRepositoryInUseException").contains("\tat ");
        FakeTracking.release();
        assertThat(running.process().waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(running.process().exitValue()).as(running.output()).isZero();
        OperatorRunFixture.assertEveryInvoiceSentOnce();
    }

    @AfterEach
    void noChildLeftBehind() {
        FakeTracking.release();
        processes.close();
    }
}
