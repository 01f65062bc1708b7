package com.trackingintegration.batch.store;

import com.trackingintegration.domain.external.ErpOrder;
import com.trackingintegration.domain.external.FulfillmentState;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;

/**
 * External orders and how far each went through the OMS steps. An order is registered once, when its ERP line is
 * first read; reading the same line again (a restart, or the ERP sending it twice) never resets its state.
 */
public class JdbcExternalOrders {

    /** Refused by the OMS, or by VTEX Tracking's rules on its data: not advanced again (the report says why). */
    public static final String FAILED = "FAILED";
    /** Invoiced, but left out by the merchant's rules (carrier, NF-e XML...): done, nothing to send. */
    public static final String SKIPPED = "SKIPPED";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcExternalOrders(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Pending(String omsOrderId, String state, ErpOrder order) {
    }

    /** @return false when the order was already known (its state is left as it is) */
    public boolean register(String omsOrderId, ErpOrder order, String file, long line) {
        if (!jdbc.queryForList("SELECT 1 FROM TI_EXTERNAL_ORDER WHERE OMS_ORDER_ID = ?", Integer.class, omsOrderId).isEmpty()) {
            return false;
        }
        jdbc.update("INSERT INTO TI_EXTERNAL_ORDER (OMS_ORDER_ID, ERP_ORDER_ID, SOURCE_FILE, SOURCE_LINE, STATE, WAITING_FOR, ERP_ORDER, UPDATED_AT)"
                        + " VALUES (?, ?, ?, ?, ?, '', ?, ?)", omsOrderId, order.erpOrderId(), file, line, FulfillmentState.NEW.name(),
                JSON.writeValueAsString(order), UtcTimes.column(clock.instant()));
        return true;
    }

    /** Orders not yet in VTEX Tracking, after {@code afterOmsOrderId}, in order. */
    /** At most {@code limit} orders still on their way, after {@code afterOmsOrderId}, by OMS order id. */
    public List<Pending> pending(String afterOmsOrderId, int limit) {
        return jdbc.query("SELECT OMS_ORDER_ID, STATE, ERP_ORDER FROM TI_EXTERNAL_ORDER WHERE OMS_ORDER_ID > ? AND STATE NOT IN (?, ?, ?)"
                        + " ORDER BY OMS_ORDER_ID LIMIT ?",
                (rs, n) -> new Pending(rs.getString(1), rs.getString(2), JSON.readValue(rs.getString(3), ErpOrder.class)),
                afterOmsOrderId, FulfillmentState.SENT_TO_TRACKING.name(), FAILED, SKIPPED, limit);
    }


    public void save(String omsOrderId, String state, String waitingFor) {
        jdbc.update("UPDATE TI_EXTERNAL_ORDER SET STATE = ?, WAITING_FOR = ?, UPDATED_AT = ? WHERE OMS_ORDER_ID = ?",
                state, waitingFor.length() > 1000 ? waitingFor.substring(0, 1000) : waitingFor, UtcTimes.column(clock.instant()), omsOrderId);
    }
}
