package com.trackingintegration.batch.store;

import com.trackingintegration.domain.external.ErpOrder;
import com.trackingintegration.domain.external.FulfillmentState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * External orders and how far each went through the OMS steps. An order is registered once, when its ERP line is
 * first read; reading the same line again (a restart, or the ERP sending it twice) never resets its state.
 */
public class JdbcExternalOrders {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    public JdbcExternalOrders(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    public record Pending(String omsOrderId, FulfillmentState state, ErpOrder order) {
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
        Optional<Registered> known = known(omsOrderId, json);
        if (known.isEmpty()) {
            jdbc.update("INSERT INTO TI_EXTERNAL_ORDER (OMS_ORDER_ID, ERP_ORDER_ID, SOURCE_FILE, SOURCE_LINE, STATE, WAITING_FOR, ERP_ORDER, UPDATED_AT)"
                    + " VALUES (?, ?, ?, ?, ?, '', ?, ?)", omsOrderId, order.erpOrderId(), file, line, FulfillmentState.NEW.name(), json, UtcTimes.column(clock.instant()));
            return new Registered(Registration.REGISTERED, FulfillmentState.NEW.name(), file, line);
        }
        if (known.get().registration() == Registration.CORRECTED) {
            jdbc.update("UPDATE TI_EXTERNAL_ORDER SET ERP_ORDER = ?, SOURCE_FILE = ?, SOURCE_LINE = ?, UPDATED_AT = ? WHERE OMS_ORDER_ID = ? AND STATE = ?",
                    json, file, line, UtcTimes.column(clock.instant()), omsOrderId, FulfillmentState.NEW.name());
        }
        return known.get();
    }

    /** What {@link #register} would make of the line, writing nothing (a dry run). */
    public Registered wouldRegister(String omsOrderId, ErpOrder order, String file, long line) {
        return known(omsOrderId, JSON.writeValueAsString(order)).orElse(new Registered(Registration.REGISTERED, FulfillmentState.NEW.name(), file, line));
    }

    private Optional<Registered> known(String omsOrderId, String json) {
        return jdbc.query("SELECT STATE, SOURCE_FILE, SOURCE_LINE, ERP_ORDER FROM TI_EXTERNAL_ORDER WHERE OMS_ORDER_ID = ?",
                (rs, n) -> new Registered(json.equals(rs.getString(4)) ? Registration.UNCHANGED
                        : FulfillmentState.NEW.name().equals(rs.getString(1)) ? Registration.CORRECTED : Registration.TOO_LATE,
                        rs.getString(1), rs.getString(2), rs.getLong(3)), omsOrderId).stream().findFirst();
    }

    /** At most {@code limit} orders the next run picks up (not in a terminal state), after {@code afterOmsOrderId}, by OMS order id. */
    public List<Pending> pending(String afterOmsOrderId, int limit) {
        return named.query("SELECT OMS_ORDER_ID, STATE, ERP_ORDER FROM TI_EXTERNAL_ORDER WHERE OMS_ORDER_ID > :after AND STATE IN (:pending)"
                        + " ORDER BY OMS_ORDER_ID LIMIT :limit",
                Map.of("after", afterOmsOrderId, "pending", FulfillmentState.pending().stream().map(Enum::name).toList(), "limit", limit),
                (rs, n) -> new Pending(rs.getString(1), FulfillmentState.valueOf(rs.getString(2)), JSON.readValue(rs.getString(3), ErpOrder.class)));
    }

    /**
     * Saves where the order stands, and why when it waits or ended. FAILED keeps the state it replaces, the last good
     * step, for {@link #resetFailed}: every step reached was committed at once, so the stored state is that step.
     */
    public void save(String omsOrderId, FulfillmentState state, String why) {
        String shortWhy = why.length() > 1000 ? why.substring(0, 1000) : why;
        if (state == FulfillmentState.FAILED) {
            // Saving FAILED again (the OMS's refusal was saved at once, the chunk's outcome says it too) keeps the first.
            jdbc.update("UPDATE TI_EXTERNAL_ORDER SET LAST_GOOD_STATE = STATE, STATE = ?, WAITING_FOR = ?, UPDATED_AT = ?"
                    + " WHERE OMS_ORDER_ID = ? AND STATE <> ?", state.name(), shortWhy, UtcTimes.column(clock.instant()), omsOrderId, state.name());
            return;
        }
        jdbc.update("UPDATE TI_EXTERNAL_ORDER SET STATE = ?, WAITING_FOR = ?, UPDATED_AT = ? WHERE OMS_ORDER_ID = ?",
                state.name(), shortWhy, UtcTimes.column(clock.instant()), omsOrderId);
    }

    /** An external order as stored: where it came from, where it stands, why it waits or ended, and the last good step of a FAILED one. */
    public record Stored(String omsOrderId, String erpOrderId, String sourceFile, long sourceLine, FulfillmentState state, String why,
                         Optional<FulfillmentState> lastGoodState, Instant updatedAt) {
    }

    public Optional<Stored> of(String omsOrderId) {
        return jdbc.query("SELECT ERP_ORDER_ID, SOURCE_FILE, SOURCE_LINE, STATE, WAITING_FOR, LAST_GOOD_STATE, UPDATED_AT FROM TI_EXTERNAL_ORDER"
                        + " WHERE OMS_ORDER_ID = ?", (rs, n) -> new Stored(omsOrderId, rs.getString(1), rs.getString(2), rs.getLong(3),
                        FulfillmentState.valueOf(rs.getString(4)), rs.getString(5) == null ? "" : rs.getString(5),
                        Optional.ofNullable(rs.getString(6)).map(FulfillmentState::valueOf), UtcTimes.instant(rs.getObject(7, LocalDateTime.class))),
                omsOrderId).stream().findFirst();
    }

    public Optional<FulfillmentState> state(String omsOrderId) {
        return jdbc.queryForList("SELECT STATE FROM TI_EXTERNAL_ORDER WHERE OMS_ORDER_ID = ?", String.class, omsOrderId).stream()
                .findFirst().map(FulfillmentState::valueOf);
    }

    /**
     * Puts a FAILED order back to the last good step it had reached, for the next run to go on from there.
     *
     * @return that step; empty when the order is not FAILED (or unknown)
     */
    public Optional<FulfillmentState> resetFailed(String omsOrderId) {
        List<String> lastGood = jdbc.query("SELECT LAST_GOOD_STATE FROM TI_EXTERNAL_ORDER WHERE OMS_ORDER_ID = ? AND STATE = ?",
                (rs, n) -> rs.getString(1), omsOrderId, FulfillmentState.FAILED.name());
        if (lastGood.isEmpty()) {
            return Optional.empty();
        }
        // An order failed before the last good step was kept has none: NEW is safe, as placing is skipped for an order
        // the OMS already holds and the later steps are idempotent in VTEX (same order id, same invoice number).
        FulfillmentState back = lastGood.get(0) == null ? FulfillmentState.NEW : FulfillmentState.valueOf(lastGood.get(0));
        jdbc.update("UPDATE TI_EXTERNAL_ORDER SET STATE = ?, LAST_GOOD_STATE = NULL, WAITING_FOR = '', UPDATED_AT = ? WHERE OMS_ORDER_ID = ? AND STATE = ?",
                back.name(), UtcTimes.column(clock.instant()), omsOrderId, FulfillmentState.FAILED.name());
        return Optional.of(back);
    }
}
