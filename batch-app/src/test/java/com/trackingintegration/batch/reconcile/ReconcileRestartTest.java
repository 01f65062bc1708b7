package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.db.RefusedInserts;
import com.trackingintegration.batch.reconcile.OmsOrders.Order;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reconcile run that dies after VTEX Tracking took what it sent and before its chunk committed: the PENDING mark
 * (committed on its own before the send) is all the ledger keeps of it, and the restart must not send it again. The
 * death is played by the database refusing the chunk's outcome rows (a trigger): the chunk rolls back exactly as in a
 * crash, everything committed before it stays.
 */
@SpringBatchTest
@SpringBootTest(properties = "integration.chunk-size=3")
class ReconcileRestartTest extends ReconcileJobTest {

    private RefusedInserts refused;

    @Test
    void a_replacement_tracking_took_before_the_chunk_committed_is_not_sent_again_by_the_restart() throws Exception {
        Order order = OmsOrders.invoiced("8-01", "801:Output");
        OmsOrders.stub(vtex, List.of(order));
        assertThat(nativeImport()).isZero();
        OmsOrders.stub(vtex, List.of(order.withStreet("Rua B")));
        refused = RefusedInserts.into(jdbc, "TI_OUTCOME", "REASON", "RECONCILED_CHANGED");

        assertThat(reconcile()).as(console.toString()).isEqualTo(1);
        assertThat(posted()).as("the import's send, then the new version, taken").containsExactly("801", "801");
        refused.stop();

        assertThat(restart("reconcile")).as(console.toString()).isZero();

        assertThat(posted()).as("not sent a third time").containsExactly("801", "801");
        assertThat(removals()).as("nor removed again").hasSize(1);
        assertThat(outcomesOf(lastExecution())).containsExactly("8-01/801:IN_TRACKING:IN_TRACKING");
        assertThat(outcomes.rows(lastExecution()).get(0).detail()).as("the version that arrived is this integration's").isEqualTo("status Ativo");
        assertThat(jdbc.queryForMap("SELECT STATE, ACKNOWLEDGED_VERSIONS FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = '8-01'"))
                .as("the ledger learns it arrived").containsEntry("STATE", "SENT").containsEntry("ACKNOWLEDGED_VERSIONS", 1);
        assertThat(HeldServices.statusesOf("801")).containsExactly(HeldServices.REMOVED, "Ativo");
    }

    @Test
    void a_restart_accounts_for_every_order_of_the_window_with_what_the_failed_execution_finished_and_still_exits_7() throws Exception {
        Order routedThenCanceled = OmsOrders.invoiced("13-01", "1301:Output");
        Order second = OmsOrders.invoiced("13-02", "1321:Output");
        Order third = OmsOrders.invoiced("13-03", "1331:Output");
        Order changed = OmsOrders.invoiced("13-04", "1341:Output");
        OmsOrders.stub(vtex, List.of(routedThenCanceled, second, third, changed));
        assertThat(nativeImport()).isZero();
        HeldServices.forget("1301");
        HeldServices.holds("13-01", "1301", "Roteirizado");
        OmsOrders.stub(vtex, List.of(routedThenCanceled.withStatus("canceled"), second, third, changed.withStreet("Rua B")));
        // The first chunk (13-01 for a person, 13-02, 13-03 in Tracking) commits; the second, 13-04's replacement, dies.
        refused = RefusedInserts.into(jdbc, "TI_OUTCOME", "REASON", "RECONCILED_CHANGED");
        assertThat(reconcile()).as(console.toString()).isEqualTo(1);
        refused.stop();
        console.reset();

        assertThat(restart("reconcile")).as("the attention the failed execution found is still for a person: " + console).isEqualTo(7);

        assertThat(outcomesOf(lastExecution())).as("the restart reads only the chunk that died").containsExactly("13-04/1341:IN_TRACKING:IN_TRACKING");
        assertThat(lastLine()).isEqualTo("4 invoiced orders: 3 in Tracking, 0 skipped by rule, 0 rejected, 0 deferred, 0 fixed now, 1 need attention");
        assertThat(console.toString()).contains("ATTENTION order 13-01 invoice 1301 CANCELED: ");
    }

    @AfterEach
    void theDatabaseTakesOutcomesAgain() {
        if (refused != null) {
            refused.stop();
        }
    }
}
