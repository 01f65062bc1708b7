package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.reconcile.OmsOrders.Order;
import com.trackingintegration.batch.cli.RunReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * reconcile end to end, each case of issue 14: what the import missed is sent, what was canceled or changed after
 * it is removed or replaced while VTEX Tracking allows it, what it no longer allows is for a person (exit 7), and a
 * second run of the same window finds everything in order and writes nothing.
 */
@SpringBatchTest
@SpringBootTest(properties = "integration.chunk-size=6")
class ReconcileRepairsTest extends ReconcileJobTest {

    @Autowired
    RunReport report;

    @Test
    void an_order_indexed_after_the_import_read_its_window_is_found_and_sent_once_and_a_second_run_writes_nothing() throws Exception {
        Order late = OmsOrders.invoiced("1-01", "101:Output");
        OmsOrders.stub(vtex, List.of(), List.of(late));
        assertThat(nativeImport()).as(console.toString()).isZero();
        assertThat(posted()).as("not indexed yet: the import never saw it").isEmpty();

        OmsOrders.stub(vtex, List.of(late));
        assertThat(reconcile()).as(console.toString()).isZero();

        assertThat(posted()).containsExactly("101");
        assertThat(outcomesOf(lastExecution())).containsExactly("1-01/101:IMPORTED:RECONCILED_MISSING");
        assertThat(reconcile()).isZero();
        assertThat(posted()).as("the second run sends nothing").containsExactly("101");
        assertThat(removals()).isEmpty();
        assertThat(outcomesOf(lastExecution())).containsExactly("1-01/101:IN_TRACKING:IN_TRACKING");
    }

    @Test
    void a_canceled_order_no_longer_listed_is_found_through_the_ledger_and_its_packing_list_removed_once() throws Exception {
        Order order = OmsOrders.invoiced("2-01", "201:Output");
        OmsOrders.stub(vtex, List.of(order));
        assertThat(nativeImport()).isZero();

        OmsOrders.stub(vtex, List.of(), List.of(order.withStatus("canceled")));
        assertThat(reconcile()).as(console.toString()).isZero();

        assertThat(removals()).containsExactly("[{\"invoice\":\"201\"}]");
        assertThat(outcomesOf(lastExecution())).containsExactly("2-01/201:REMOVED:CANCELED");
        assertThat(HeldServices.statusesOf("201")).containsExactly(HeldServices.REMOVED);
        assertThat(jdbc.queryForObject("SELECT STATE FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = '2-01'", String.class)).isEqualTo("REMOVED");

        assertThat(reconcile()).isZero();
        assertThat(removals()).as("the second run removes nothing").hasSize(1);
        assertThat(outcomesOf(lastExecution())).as("its removed packing list looked at again: no longer live")
                .containsExactly("2-01/201:SKIPPED:CANCELED");
    }

    @Test
    void a_sale_invoice_returned_after_import_has_its_packing_list_removed_by_invoice_and_series() throws Exception {
        Order order = OmsOrders.invoiced("3-01", "301:Output");
        OmsOrders.stub(vtex, List.of(order));
        assertThat(nativeImport()).isZero();

        OmsOrders.stub(vtex, List.of(order.withInvoices("301:Output", "302:Input")));
        assertThat(reconcile()).as(console.toString()).isZero();

        assertThat(removals()).containsExactly("[{\"invoice\":\"301\"}]");
        assertThat(outcomesOf(lastExecution())).contains("3-01/301:REMOVED:RETURNED");
        assertThat(posted()).as("only the import's send").containsExactly("301");
    }

    @Test
    void an_order_partly_returned_at_import_is_sent_with_what_remains_and_a_reconcile_right_after_leaves_it_alone() throws Exception {
        Order partlyReturned = OmsOrders.invoiced("14-01", "1401:Output", "1402:Input:1");
        OmsOrders.stub(vtex, List.of(partlyReturned));
        assertThat(nativeImport()).isZero();
        assertThat(posted()).containsExactly("1401");
        assertThat(tracking.findAll(postRequestedFor(urlPathEqualTo("/receiver/services"))).get(0).getBodyAsString())
                .as("one of the two returned: the driver hands over what remains").contains("\"packingList\":\"1 x BIGBML\"");

        assertThat(reconcile()).as(console.toString()).isZero();

        assertThat(outcomesOf(lastExecution())).contains("14-01/1401:IN_TRACKING:IN_TRACKING");
        assertThat(removals()).as("reconcile judges the return as the import did: nothing to remove").isEmpty();
        assertThat(posted()).as("nor anything to send again").containsExactly("1401");
    }

    @Test
    void a_removal_tracking_no_longer_allows_is_reported_first_for_a_person_exit_7_and_nothing_is_put() throws Exception {
        Order order = OmsOrders.invoiced("4-01", "401:Output");
        OmsOrders.stub(vtex, List.of(order));
        assertThat(nativeImport()).isZero();
        HeldServices.clear();
        HeldServices.holds("4-01", "401", "Roteirizado");

        OmsOrders.stub(vtex, List.of(), List.of(order.withStatus("canceled")));
        console.reset();
        assertThat(reconcile()).as(console.toString()).isEqualTo(7);

        assertThat(removals()).isEmpty();
        assertThat(outcomesOf(lastExecution())).containsExactly("4-01/401:ATTENTION:CANCELED");
        List<String> report = console.toString(StandardCharsets.UTF_8).lines().dropWhile(line -> !line.startsWith("reconcile execution")).toList();
        assertThat(report.get(1)).startsWith("  ATTENTION order 4-01 invoice 401 CANCELED: ").contains("Roteirizado");
        assertThat(lastLine()).isEqualTo("1 invoiced orders: 0 in Tracking, 0 skipped by rule, 0 rejected, 0 deferred, 0 fixed now, 1 need attention");
    }

    @Test
    void a_changed_address_replaces_the_packing_list_while_it_is_active_and_a_second_run_writes_nothing() throws Exception {
        Order order = OmsOrders.invoiced("5-01", "501:Output");
        OmsOrders.stub(vtex, List.of(order));
        assertThat(nativeImport()).isZero();

        OmsOrders.stub(vtex, List.of(order.withStreet("Rua B")));
        assertThat(reconcile()).as(console.toString()).isZero();

        assertThat(removals()).containsExactly("[{\"invoice\":\"501\"}]");
        assertThat(posted()).as("the import's send, then the new version once").containsExactly("501", "501");
        assertThat(outcomesOf(lastExecution())).containsExactly("5-01/501:IMPORTED:RECONCILED_CHANGED");
        assertThat(HeldServices.statusesOf("501")).containsExactly(HeldServices.REMOVED, "Ativo");
        assertThat(jdbc.queryForMap("SELECT STATE, ACKNOWLEDGED_VERSIONS FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = '5-01'"))
                .as("the new version acknowledged, as the one service Tracking holds live").containsEntry("STATE", "SENT").containsEntry("ACKNOWLEDGED_VERSIONS", 1);

        assertThat(reconcile()).isZero();
        assertThat(removals()).hasSize(1);
        assertThat(posted()).hasSize(2);
        assertThat(outcomesOf(lastExecution())).containsExactly("5-01/501:IN_TRACKING:IN_TRACKING");
    }

    @Test
    void an_invoice_the_ledger_says_sent_but_tracking_no_longer_holds_is_sent_again() throws Exception {
        Order order = OmsOrders.invoiced("6-01", "601:Output");
        OmsOrders.stub(vtex, List.of(order));
        assertThat(nativeImport()).isZero();
        HeldServices.forget("601");

        assertThat(reconcile()).as(console.toString()).isZero();

        assertThat(posted()).containsExactly("601", "601");
        assertThat(outcomesOf(lastExecution())).containsExactly("6-01/601:IMPORTED:RECONCILED_MISSING");
    }

    @Test
    void the_last_line_accounts_for_every_order_of_the_window_once_in_its_worst_invoices_category() throws Exception {
        Order inTracking = OmsOrders.invoiced("7-01", "701:Output");
        Order canceledBeforeImport = OmsOrders.invoiced("7-02", "721:Output").withStatus("canceled");
        Order noStreet = OmsOrders.invoiced("7-03", "731:Output").withStreet("");
        Order routedThenCanceled = OmsOrders.invoiced("7-04", "741:Output");
        OmsOrders.stub(vtex, List.of(inTracking, canceledBeforeImport, noStreet, routedThenCanceled));
        assertThat(nativeImport()).isZero();
        HeldServices.forget("741");
        HeldServices.holds("7-04", "741", "Em rota");
        Order missing = OmsOrders.invoiced("7-05", "751:Output");
        OmsOrders.stub(vtex, List.of(inTracking, canceledBeforeImport, noStreet, routedThenCanceled.withStatus("canceled"), missing));
        console.reset();

        assertThat(reconcile()).as(console.toString()).isEqualTo(7);

        assertThat(lastLine()).isEqualTo("5 invoiced orders: 1 in Tracking, 1 skipped by rule, 1 rejected, 0 deferred, 1 fixed now, 1 need attention");
        console.reset();
        report.command(lastExecution(), true, false, new PrintStream(console, true, StandardCharsets.UTF_8));
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("\"accounting\":{\"orders\":5,\"dryRun\":false,\"inTracking\":1,"
                + "\"skippedByRule\":1,\"rejected\":1,\"deferred\":0,\"fixedNow\":1,\"needAttention\":1}");
    }
}
