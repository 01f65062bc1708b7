package com.trackingintegration.batch.store;

import com.trackingintegration.batch.db.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome look-ups every chunk makes must read the orders asked and no more, however many outcomes the run has:
 * a night of 100,000 orders asks each a thousand times. Said by HSQLDB's own plan, not by a clock: the look-up starts
 * from the order (and the execution), on an index.
 */
class OutcomeQueryPlansTest {

    private final JdbcTemplate jdbc = TestDatabase.inMemoryHsqldb().migrated();

    @Test
    void which_orders_the_run_already_had_starts_from_the_order_on_its_own_index() {
        String plan = plan(JdbcOrdersDone.QUERY.replace(":orders", "'A-01', 'B-01'").replace(":executions", "7, 8"));

        assertThat(plan).contains("index=TI_OUTCOME_ORDER");
        assertThat(plan.substring(plan.indexOf("index=TI_OUTCOME_ORDER"))).as(plan)
                .containsPattern("start conditions=\\[\\s*EQUAL arg_left=\\[\\s*COLUMN: PUBLIC.TI_OUTCOME.ORDER_ID");
    }

    @Test
    void what_this_execution_recorded_of_a_chunk_starts_from_both_columns_of_the_key() {
        String plan = plan(JdbcOutcomes.RECORDED_AMONG.replace(":keys", "(7, 'A-01'), (7, 'B-01')"));

        String start = plan.substring(plan.indexOf("start conditions="), plan.indexOf("other condition=") < 0 ? plan.length() : plan.indexOf("other condition="));
        assertThat(start).as(plan).contains("COLUMN: PUBLIC.TI_OUTCOME.EXECUTION_ID").contains("COLUMN: PUBLIC.TI_OUTCOME.ORDER_ID");
    }

    private String plan(String sql) {
        return String.join("\n", jdbc.queryForList("EXPLAIN PLAN FOR " + sql, String.class));
    }
}
