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

    /**
     * Asked for every listing chunk and feed lot, so it must read the orders asked and no more: by the index
     * TI_OUTCOME_ORDER (V4), order first. The order also comes first in the condition: without rows to judge by,
     * HSQLDB planned the execution's IN on the primary key when it came first, reading every outcome of the run.
     */
    static final String QUERY = "SELECT DISTINCT ORDER_ID FROM TI_OUTCOME WHERE ORDER_ID IN (:orders) AND EXECUTION_ID IN (:executions)";

    private final NamedParameterJdbcTemplate named;

    public JdbcOrdersDone(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Those of {@code orderIds} with an outcome recorded by one of {@code executionIds}. */
    public Set<String> among(List<Long> executionIds, Collection<String> orderIds) {
        if (executionIds.isEmpty() || orderIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(named.queryForList(QUERY, Map.of("executions", executionIds, "orders", orderIds), String.class));
    }
}
