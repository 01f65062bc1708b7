package com.trackingintegration.batch.store;

import com.trackingintegration.batch.db.TestDatabases;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.batch.store.JdbcOutcomes.Row;
import com.trackingintegration.domain.integration.Reason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows a run and its restarts account for together: each order and invoice once, as the latest execution said it. */
@ParameterizedClass
@EnumSource(TestDatabases.class)
class JdbcOutcomesTest {

    private final JdbcOutcomes outcomes;

    JdbcOutcomesTest(TestDatabases database) {
        outcomes = new JdbcOutcomes(database.fresh().migrated());
    }

    @Test
    void a_restart_row_replaces_what_the_execution_it_restarts_said_of_the_same_invoice_and_other_runs_are_left_out() {
        outcomes.add(1, List.of(row("a", "1", Outcome.ATTENTION, Reason.CANCELED), row("b", "2", Outcome.REJECTED, Reason.REFUSED_BY_TRACKING)));
        outcomes.add(2, List.of(row("b", "2", Outcome.IMPORTED, Reason.RECONCILED_MISSING), row("c", "3", Outcome.IN_TRACKING, Reason.IN_TRACKING)));
        outcomes.add(3, List.of(row("a", "1", Outcome.REMOVED, Reason.CANCELED)));

        List<String> latest = new ArrayList<>();
        outcomes.eachLatest(List.of(1L, 2L), r -> latest.add(r.orderId() + "/" + r.invoiceNumber() + ":" + r.outcome()));

        assertThat(latest).containsExactly("a/1:ATTENTION", "b/2:IMPORTED", "c/3:IN_TRACKING");
    }

    @Test
    void an_invoice_the_execution_recorded_already_keeps_its_first_row_and_another_execution_has_its_own() {
        outcomes.add(1, List.of(row("a", "1", Outcome.IMPORTED, Reason.READY), row("a", "2", Outcome.IMPORTED, Reason.READY)));
        outcomes.add(1, List.of(row("a", "1", Outcome.REJECTED, Reason.REFUSED_BY_TRACKING), row("b", "1", Outcome.IMPORTED, Reason.READY)));
        outcomes.add(2, List.of(row("a", "1", Outcome.REJECTED, Reason.REFUSED_BY_TRACKING)));

        assertThat(outcomes.rows(1)).extracting(r -> r.orderId() + "/" + r.invoiceNumber() + ":" + r.outcome())
                .containsExactlyInAnyOrder("a/1:IMPORTED", "a/2:IMPORTED", "b/1:IMPORTED");
        assertThat(outcomes.rows(2)).extracting(r -> r.orderId() + "/" + r.invoiceNumber() + ":" + r.outcome()).containsExactly("a/1:REJECTED");
    }

    private static Row row(String orderId, String invoice, Outcome outcome, Reason reason) {
        return new Row(orderId, invoice, outcome, reason, "");
    }
}
