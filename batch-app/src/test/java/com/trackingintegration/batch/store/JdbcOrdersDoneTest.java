package com.trackingintegration.batch.store;

import com.trackingintegration.batch.db.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcOrdersDoneTest {

    private final JdbcTemplate jdbc = TestDatabase.inMemoryHsqldb().migrated();
    private final JdbcOrdersDone done = new JdbcOrdersDone(jdbc);

    @Test
    void the_orders_asked_that_one_of_the_executions_already_had() {
        outcome(7, "A-01");
        outcome(7, "B-01");
        outcome(8, "C-01");
        outcome(9, "D-01");

        assertThat(done.among(List.of(7L, 8L), List.of("A-01", "C-01", "D-01", "E-01"))).isEqualTo(Set.of("A-01", "C-01"));
        assertThat(done.among(List.of(), List.of("A-01"))).isEmpty();
    }

    private void outcome(long execution, String orderId) {
        jdbc.update("INSERT INTO TI_OUTCOME (EXECUTION_ID, ORDER_ID, INVOICE_NUMBER, OUTCOME, REASON) VALUES (?, ?, '1', 'IMPORTED', 'SENT')",
                execution, orderId);
    }
}
