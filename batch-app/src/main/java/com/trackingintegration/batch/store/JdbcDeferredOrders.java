package com.trackingintegration.batch.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Orders waiting for their route (routing outside VTEX Tracking): every run tries them again. */
public class JdbcDeferredOrders {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    public JdbcDeferredOrders(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /**
     * The waiting orders after {@code afterOrderId}, in order, except those this run (job instance) already looked
     * at: a run first reads its window, and an order deferred there is not read again in the same run.
     */
    public List<String> orderIds(String afterOrderId, long jobInstanceId) {
        return jdbc.queryForList("SELECT ORDER_ID FROM TI_DEFERRED WHERE ORDER_ID > ? AND JOB_INSTANCE_ID <> ? ORDER BY ORDER_ID",
                String.class, afterOrderId, jobInstanceId);
    }

    /** Since when this order waits for its route; empty when it does not wait. */
    public Optional<Instant> since(String orderId) {
        return jdbc.query("SELECT SINCE FROM TI_DEFERRED WHERE ORDER_ID = ?", (rs, n) -> UtcTimes.instant(rs.getObject(1, LocalDateTime.class)), orderId)
                .stream().findFirst();
    }

    public void defer(String orderId, long jobInstanceId) {
        int updated = jdbc.update("UPDATE TI_DEFERRED SET JOB_INSTANCE_ID = ? WHERE ORDER_ID = ?", jobInstanceId, orderId);
        if (updated == 0) {
            jdbc.update("INSERT INTO TI_DEFERRED (ORDER_ID, SINCE, JOB_INSTANCE_ID) VALUES (?, ?, ?)", orderId, UtcTimes.column(clock.instant()), jobInstanceId);
        }
    }


    /** These orders wait no more (sent, or out for another reason): one statement for a chunk's orders. */
    public void settle(List<String> orderIds) {
        if (!orderIds.isEmpty()) {
            named.update("DELETE FROM TI_DEFERRED WHERE ORDER_ID IN (:orders)", Map.of("orders", orderIds));
        }
    }
}
