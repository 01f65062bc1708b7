package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.cli.HeldLease;
import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.cli.RunLeases;
import com.trackingintegration.batch.config.LeaseProperties;
import com.trackingintegration.batch.reconcile.OmsOrders.Order;
import com.trackingintegration.batch.store.JdbcRunLeases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.badRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code replay <orderId>}: customer service's "this order was fixed in the OMS, send it now". The order is read from
 * the OMS now, judged as nativeImport judges it and sent through the ledger's exactly-once path, never beside a
 * running nativeImport.
 */
@SpringBootTest(properties = "integration.chunk-size=2")
@Import(ReplayOrderTest.SharedDatabase.class)
class ReplayOrderTest extends OperatorCommandTest {

    /**
     * Leases as with a server database, which another process may be running nativeImport on (with an HSQLDB file no
     * other process can be: a lease found there was left by a killed one, and is taken over).
     */
    @TestConfiguration
    static class SharedDatabase {
        @Bean
        @Primary
        RunLeases sharedDatabaseLeases(JdbcRunLeases store, Clock clock, LeaseProperties settings) {
            return new RunLeases(store, clock, settings, false);
        }
    }

    @Autowired
    JdbcRunLeases leaseStore;
    @Autowired
    LeaseProperties leaseSettings;
    @Autowired
    Clock clock;

    @Test
    void an_order_fixed_in_the_oms_is_sent_again_once_and_a_second_replay_has_nothing_new_to_send() throws Exception {
        // given an order imported with a wrong street, then fixed in the OMS
        Order order = OmsOrders.invoiced("30-01", "3001:Output");
        OmsOrders.stub(vtex, List.of(order));
        assertThat(nativeImport()).as(console.toString()).isZero();
        String imported = fingerprint("30-01");
        OmsOrders.stub(vtex, List.of(), List.of(order.withStreet("Rua B")));

        // when
        assertThat(operator("replay", "30-01")).as(operatorOutput()).isEqualTo(ExitCodes.COMPLETED);

        // then the fixed version went to VTEX Tracking, once, through the ledger
        assertThat(posted()).containsExactly("3001", "3001");
        assertThat(operatorLines()).contains("  invoice 3001: IMPORTED READY", "sent to VTEX Tracking: invoice 3001");
        assertThat(fingerprint("30-01")).isNotEqualTo(imported);
        long replay = lastExecution();
        assertThat(outcomesOf(replay)).containsExactly("30-01/3001:IMPORTED:READY");

        // when replayed again, nothing having changed
        assertThat(operator("replay", "30-01")).as(operatorOutput()).isEqualTo(ExitCodes.COMPLETED);

        // then nothing is sent
        assertThat(posted()).containsExactly("3001", "3001");
        assertThat(operatorLines()).contains("nothing new to send: VTEX Tracking already holds invoice 3001 as the OMS has it now");
        // and the order's story tells the replay
        assertThat(operator("order", "30-01")).isZero();
        assertThat(operatorLines()).anySatisfy(line -> assertThat(line).contains("execution " + replay + " (replayOrder)  invoice 3001: IMPORTED READY"));
    }

    @Test
    void a_replay_vtex_tracking_refuses_exits_1_with_trackings_answer() throws Exception {
        OmsOrders.stub(vtex, List.of(), List.of(OmsOrders.invoiced("31-01", "3101:Output")));
        tracking.stubFor(post("/receiver/services").withRequestBody(containing("\"3101\"")).atPriority(1)
                .willReturn(badRequest()));

        assertThat(operator("replay", "31-01")).as(operatorOutput()).isEqualTo(ExitCodes.FAILED);

        assertThat(operatorLines()).contains("  invoice 3101: REJECTED REFUSED_BY_TRACKING - VTEX Tracking answered 400",
                "refused: invoice 3101 (VTEX's answer above); fix it, then replay again");
        assertThat(jdbc.queryForObject("SELECT STATE FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = '31-01'", String.class)).isEqualTo("REFUSED");
    }

    @Test
    void a_dry_run_shows_the_decision_and_sends_and_writes_nothing() throws Exception {
        Order order = OmsOrders.invoiced("32-01", "3201:Output");
        OmsOrders.stub(vtex, List.of(order));
        assertThat(nativeImport()).as(console.toString()).isZero();
        OmsOrders.stub(vtex, List.of(), List.of(order.withStreet("Rua B")));
        tracking.resetRequests();
        vtex.resetRequests();
        var before = rowsOf("TI_DELIVERY_LEDGER", "TI_DEFERRED");

        assertThat(operator("replay", "32-01", "--dry-run")).as(operatorOutput()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(operatorLines()).contains("  invoice 3201: WOULD_IMPORT READY", "dry run: would send invoice 3201; nothing was sent or written");
        assertNothingWrittenToVtex();
        assertThat(posted()).isEmpty();
        assertThat(rowsOf("TI_DELIVERY_LEDGER", "TI_DEFERRED")).isEqualTo(before);
    }

    @Test
    void a_replay_while_native_import_runs_in_another_process_is_refused_in_one_line_naming_its_execution() throws Exception {
        // given another process running nativeImport, execution 4242
        RunLeases otherProcess = new RunLeases(leaseStore, clock, leaseSettings, false);
        PrintStream ignored = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        try (HeldLease running = otherProcess.take("nativeImport", ignored, execution -> { }).orElseThrow()) {
            jdbc.update("UPDATE TI_RUN_LEASE SET EXECUTION_ID = 4242 WHERE JOB_NAME = 'nativeImport'");
            long executionsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class);
            vtex.resetRequests();

            // when
            assertThat(operator("replay", "33-01")).isEqualTo(ExitCodes.USAGE);

            // then one line, and nothing read, started or sent
            assertThat(operatorLines()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith("nativeImport is running in another process: execution 4242, lease held by pid ").contains("'stop 4242'"));
            assertThat(vtex.getAllServeEvents()).as("not even the credentials are checked").isEmpty();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Long.class)).isEqualTo(executionsBefore);
            assertThat(leaseStore.of("replayOrder")).as("the refused replay keeps no lease").isEmpty();
        }
    }

    @Test
    void an_external_order_is_not_replayed_its_steps_are_external_imports() throws Exception {
        jdbc.update("INSERT INTO TI_EXTERNAL_ORDER (OMS_ORDER_ID, ERP_ORDER_ID, SOURCE_FILE, SOURCE_LINE, STATE, WAITING_FOR, ERP_ORDER, UPDATED_AT)"
                + " VALUES ('TRK-ERP-34', 'ERP-34', 'orders.jsonl', 1, 'FAILED', '', '{}', CURRENT_TIMESTAMP)");
        vtex.resetRequests();

        assertThat(operator("replay", "TRK-ERP-34")).isEqualTo(ExitCodes.USAGE);

        assertThat(operatorLines()).containsExactly("TRK-ERP-34 is an external order: externalImport sends it from its own state"
                + " ('order TRK-ERP-34' shows it; 'reset-external' puts a FAILED one back); nothing was run");
        assertThat(vtex.getAllServeEvents()).isEmpty();
    }

    private String fingerprint(String orderId) {
        return jdbc.queryForObject("SELECT ACKNOWLEDGED_FINGERPRINT FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = ?", String.class, orderId);
    }
}
