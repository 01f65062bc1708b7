package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.reconcile.OmsOrders.Order;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.forbidden;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code order <orderId>}: one order's story across runs, for customer service; read-only. */
@SpringBootTest(properties = "integration.chunk-size=3")
class OrderCommandTest extends OperatorCommandTest {

    @Test
    void an_imported_order_shows_every_outcome_oldest_first_and_what_the_ledger_holds_and_writes_nothing() throws Exception {
        // given an order imported, then read again by a second run
        Order order = OmsOrders.invoiced("20-01", "2001:Output", "2002:Output:1");
        OmsOrders.stub(vtex, List.of(order));
        assertThat(nativeImport()).as(console.toString()).isZero();
        long first = lastExecution();
        assertThat(nativeImport()).as(console.toString()).isZero();
        long second = lastExecution();
        String fingerprint = jdbc.queryForObject("SELECT FINGERPRINT FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = '20-01' AND INVOICE_NUMBER = '2001'", String.class);
        var before = rowsOf("TI_DELIVERY_LEDGER", "TI_OUTCOME", "TI_DEFERRED", "TI_RUN_LEASE", "BATCH_JOB_EXECUTION");
        int vtexRequests = vtex.getAllServeEvents().size() + tracking.getAllServeEvents().size();

        // when
        assertThat(operator("order", "20-01")).as(operatorOutput()).isEqualTo(ExitCodes.COMPLETED);

        // then every outcome, newest last, then the ledger's invoice, and it does not wait
        List<String> lines = operatorLines();
        assertThat(lines.get(0)).isEqualTo("order 20-01");
        assertThat(lines).filteredOn(line -> line.contains(" (nativeImport) ")).satisfiesExactly(
                line -> assertThat(line).contains("execution " + first + " (nativeImport)  invoice 2001: IMPORTED READY"),
                line -> assertThat(line).contains("execution " + first + " (nativeImport)  invoice 2002: IMPORTED READY"),
                line -> assertThat(line).contains("execution " + second + " (nativeImport)  invoice 2001: SKIPPED ALREADY_SENT"),
                line -> assertThat(line).contains("execution " + second + " (nativeImport)  invoice 2002: SKIPPED ALREADY_SENT"));
        assertThat(lines).anySatisfy(line -> assertThat(line.strip()).startsWith("invoice 2001: SENT, fingerprint " + fingerprint.substring(0, 12) + ", ")
                .endsWith(", execution " + first));
        assertThat(lines).contains("  waiting: no");
        // read-only: nothing written, no lease taken, VTEX not asked
        assertThat(rowsOf("TI_DELIVERY_LEDGER", "TI_OUTCOME", "TI_DEFERRED", "TI_RUN_LEASE", "BATCH_JOB_EXECUTION")).isEqualTo(before);
        assertThat(vtex.getAllServeEvents().size() + tracking.getAllServeEvents().size()).isEqualTo(vtexRequests);
    }

    @Test
    void live_adds_what_vtex_tracking_holds_for_each_invoice_now() throws Exception {
        Order order = OmsOrders.invoiced("21-01", "2101:Output");
        OmsOrders.stub(vtex, List.of(order));
        assertThat(nativeImport()).as(console.toString()).isZero();
        // since the import, a driver delivered it
        HeldServices.clear();
        HeldServices.holds("21-01", "2101", "Realizado");

        assertThat(operator("order", "21-01", "--live")).as(operatorOutput()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(operatorLines()).containsSequence("  VTEX Tracking now:", "    invoice 2101: Realizado (delivered)");
    }

    @Test
    void live_with_a_tracking_that_keeps_failing_prints_the_story_all_the_same_and_exits_5() throws Exception {
        OmsOrders.stub(vtex, List.of(OmsOrders.invoiced("22-01", "2201:Output")));
        assertThat(nativeImport()).as(console.toString()).isZero();
        tracking.stubFor(get(urlPathMatching("/receiver/services(/invoice)?")).atPriority(1).willReturn(serverError()));

        assertThat(operator("order", "22-01", "--live")).as(operatorOutput()).isEqualTo(ExitCodes.UNREACHABLE);

        assertThat(operatorLines()).contains("order 22-01", "  VTEX Tracking now:")
                .anySatisfy(line -> assertThat(line).startsWith("    VTEX Tracking could not be asked: VTEX Tracking GET "));
    }

    @Test
    void live_with_a_tracking_user_not_allowed_to_look_up_exits_3() throws Exception {
        OmsOrders.stub(vtex, List.of(OmsOrders.invoiced("23-01", "2301:Output")));
        assertThat(nativeImport()).as(console.toString()).isZero();
        tracking.stubFor(get(urlPathMatching("/receiver/services(/invoice)?")).atPriority(1).willReturn(forbidden()));

        assertThat(operator("order", "23-01", "--live")).as(operatorOutput()).isEqualTo(ExitCodes.CREDENTIALS_REJECTED);

        assertThat(operatorLines()).anySatisfy(line -> assertThat(line).startsWith("    VTEX Tracking could not be asked: ")
                .contains("does not let user"));
    }

    @Test
    void an_order_no_run_has_seen_is_told_in_one_line_with_exit_2() {
        assertThat(operator("order", "99-404")).isEqualTo(ExitCodes.USAGE);

        assertThat(operatorLines()).containsExactly(
                "no order 99-404 in the database: no run has read it (not invoiced in a window read yet, or another id)");
    }
}
