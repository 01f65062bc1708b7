package com.trackingintegration.batch.reconcile;

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

    @Test
    void a_replacement_tracking_took_before_the_chunk_committed_is_not_sent_again_by_the_restart() throws Exception {
        Order order = OmsOrders.invoiced("8-01", "801:Output");
        OmsOrders.stub(vtex, List.of(order));
        assertThat(nativeImport()).isZero();
        OmsOrders.stub(vtex, List.of(order.withStreet("Rua B")));
        jdbc.execute("CREATE TRIGGER TI_TEST_DIES BEFORE INSERT ON TI_OUTCOME REFERENCING NEW ROW AS NEWROW FOR EACH ROW"
                + " WHEN (NEWROW.REASON = 'RECONCILED_CHANGED') BEGIN ATOMIC SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the process died'; END");

        assertThat(reconcile()).as(console.toString()).isEqualTo(1);
        assertThat(posted()).as("the import's send, then the new version, taken").containsExactly("801", "801");
        jdbc.execute("DROP TRIGGER TI_TEST_DIES");

        assertThat(restart("reconcile")).as(console.toString()).isZero();

        assertThat(posted()).as("not sent a third time").containsExactly("801", "801");
        assertThat(removals()).as("nor removed again").hasSize(1);
        assertThat(outcomesOf(lastExecution())).containsExactly("8-01/801:IN_TRACKING:IN_TRACKING");
        assertThat(outcomes.rows(lastExecution()).get(0).detail()).as("the version that arrived is this integration's").isEqualTo("status Ativo");
        assertThat(jdbc.queryForMap("SELECT STATE, ACKNOWLEDGED_VERSIONS FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = '8-01'"))
                .as("the ledger learns it arrived").containsEntry("STATE", "SENT").containsEntry("ACKNOWLEDGED_VERSIONS", 1);
        assertThat(HeldServices.statusesOf("801")).containsExactly(HeldServices.REMOVED, "Ativo");
    }

    @AfterEach
    void theDatabaseTakesOutcomesAgain() {
        jdbc.execute("DROP TRIGGER TI_TEST_DIES IF EXISTS");
    }
}
