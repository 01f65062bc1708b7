package com.trackingintegration.batch.externalimport;

import com.trackingintegration.batch.store.JdbcExternalOrders;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.domain.external.FulfillmentState;
import com.trackingintegration.domain.integration.OrderDecision;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * After the chunk's delivery services were sent and its outcomes recorded (in the same transaction), saves where each
 * external order stands from the outcomes this run's report shows for it, so the stored state and the report agree:
 * sent, skipped by the merchant's rules, failed, or refused by VTEX Tracking and to be sent again by the next run.
 * The outcomes carry each send's answer: one query for the chunk, nothing asked again of the ledger.
 */
class ExternalStateWriter implements ItemWriter<OrderDecision> {

    private final JdbcExternalOrders externalOrders;
    private final JdbcOutcomes outcomes;
    private final long executionId;

    ExternalStateWriter(JdbcExternalOrders externalOrders, JdbcOutcomes outcomes, long executionId) {
        this.externalOrders = externalOrders;
        this.outcomes = outcomes;
        this.executionId = executionId;
    }

    @Override
    public void write(Chunk<? extends OrderDecision> chunk) {
        Map<String, List<JdbcOutcomes.Row>> reported = outcomes.rowsOf(executionId, chunk.getItems().stream().map(OrderDecision::orderId).toList())
                .stream().collect(Collectors.groupingBy(JdbcOutcomes.Row::orderId));
        for (OrderDecision decision : chunk) {
            List<JdbcOutcomes.Row> rows = reported.getOrDefault(decision.orderId(), List.of());
            FulfillmentState.settledBy(rows.stream().map(JdbcOutcomes.Row::reason).toList())
                    .ifPresent(state -> externalOrders.save(decision.orderId(), state, why(rows, state)));
        }
    }

    /** The detail of an invoice that, alone, leads to the same state: VTEX Tracking's answer, the field at fault... */
    private static String why(List<JdbcOutcomes.Row> rows, FulfillmentState state) {
        return rows.stream().filter(row -> FulfillmentState.settledBy(List.of(row.reason())).equals(Optional.of(state)))
                .map(JdbcOutcomes.Row::detail).filter(detail -> !detail.isEmpty()).findFirst().orElse("");
    }
}
