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

    /** What became of an ERP line for an order. */
    public enum Registration {
        /** A new order, to be placed. */
        REGISTERED,
        /** The order as it is already known (the same line read again, or the ERP sending it twice): nothing changes. */
        UNCHANGED,
        /** A changed order not placed yet: the line replaces what was registered. */
        CORRECTED,
        /** A changed order already placed in the OMS: the line is not applied. */
        TOO_LATE
    }

    /** How the line was taken, and where the order stood and came from before it. */
    public record Registered(Registration registration, String earlierState, String earlierFile, long earlierLine) {
    }

    /**
     * Registers an ERP line's order once. A line for an order already registered never resets its state: if it says
     * something new and the order has not been placed yet, it replaces the order (a correction); once placed, the
     * OMS holds the order and the line is refused, to be reported.
     */
    public Registered register(String omsOrderId, ErpOrder order, String file, long line) {
        String json = JSON.writeValueAsString(order);
        List<Registered> known = jdbc.query("SELECT STATE, SOURCE_FILE, SOURCE_LINE, ERP_ORDER FROM TI_EXTERNAL_ORDER WHERE OMS_ORDER_ID = ?",
                (rs, n) -> new Registered(json.equals(rs.getString(4)) ? Registration.UNCHANGED
                        : FulfillmentState.NEW.name().equals(rs.getString(1)) ? Registration.CORRECTED : Registration.TOO_LATE,
                        rs.getString(1), rs.getString(2), rs.getLong(3)), omsOrderId);
        if (known.isEmpty()) {
            jdbc.update("INSERT INTO TI_EXTERNAL_ORDER (OMS_ORDER_ID, ERP_ORDER_ID, SOURCE_FILE, SOURCE_LINE, STATE, WAITING_FOR, ERP_ORDER, UPDATED_AT)"
                    + " VALUES (?, ?, ?, ?, ?, '', ?, ?)", omsOrderId, order.erpOrderId(), file, line, FulfillmentState.NEW.name(), json, UtcTimes.column(clock.instant()));
            return new Registered(Registration.REGISTERED, FulfillmentState.NEW.name(), file, line);
        }
        if (known.get(0).registration() == Registration.CORRECTED) {
            jdbc.update("UPDATE TI_EXTERNAL_ORDER SET ERP_ORDER = ?, SOURCE_FILE = ?, SOURCE_LINE = ?, UPDATED_AT = ? WHERE OMS_ORDER_ID = ? AND STATE = ?",
                    json, file, line, UtcTimes.column(clock.instant()), omsOrderId, FulfillmentState.NEW.name());
        }
        return known.get(0);
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
