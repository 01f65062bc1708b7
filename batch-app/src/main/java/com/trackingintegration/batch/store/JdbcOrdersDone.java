package com.trackingintegration.batch.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which orders already have an outcome in some executions: a restart (a new execution of the same job instance)
 * asks which of the orders it lists were done before it, without keeping a whole night's ids in memory.
 */
public class JdbcOrdersDone {

    private final NamedParameterJdbcTemplate named;

    public JdbcOrdersDone(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Those of {@code orderIds} with an outcome recorded by one of {@code executionIds}. */
    public Set<String> among(List<Long> executionIds, Collection<String> orderIds) {
        if (executionIds.isEmpty() || orderIds.isEmpty()) {
            return Set.of();
        }
        // The outcomes' key starts with the execution and the order: this reads the index, not the table.
        return new HashSet<>(named.queryForList("SELECT DISTINCT ORDER_ID FROM TI_OUTCOME WHERE EXECUTION_ID IN (:executions)"
                + " AND ORDER_ID IN (:orders)", Map.of("executions", executionIds, "orders", orderIds), String.class));
    }
}
