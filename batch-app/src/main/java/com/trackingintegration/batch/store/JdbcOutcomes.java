package com.trackingintegration.batch.store;

import com.trackingintegration.domain.integration.Disposition;
import com.trackingintegration.domain.integration.Reason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The outcome of every order and invoice of every execution: what the run report is made of. */
public class JdbcOutcomes {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public JdbcOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * What became of an order or invoice, as an operator reads it. Reconcile adds what it verified ({@code IN_TRACKING}),
     * removed, and could not fix ({@code ATTENTION}); a dry run says what would have been written ({@code WOULD_...}).
     */
    public enum Outcome {
        IMPORTED, SKIPPED, DEFERRED, REJECTED, IN_TRACKING, REMOVED, ATTENTION, WOULD_IMPORT, WOULD_REMOVE, WOULD_RESEND;

        public static Outcome of(Reason reason) {
            if (reason == Reason.IN_TRACKING) {
                return IN_TRACKING;
            }
            if (reason.disposition() == Disposition.DELIVER) {
                return IMPORTED;
            }
            return reason.disposition() == Disposition.DEFER ? DEFERRED
                    : reason.disposition() == Disposition.REJECT ? REJECTED : SKIPPED;
        }
    }

    public record Row(String orderId, String invoiceNumber, Outcome outcome, Reason reason, String detail) {
    }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getString(1), rs.getString(2), Outcome.valueOf(rs.getString(3)),
            Reason.valueOf(rs.getString(4)), rs.getString(5) == null ? "" : rs.getString(5));

    public record Count(Outcome outcome, Reason reason, long orders, long invoices) {
    }

    /**
     * Which of a chunk's orders this execution recorded already, asked by every chunk: by (execution, order) pairs, so
     * both columns of the key start the look-up. Written as {@code EXECUTION_ID = ? AND ORDER_ID IN (...)}, HSQLDB
     * started from the execution alone and read every outcome of the run for each chunk (CPU per order grew with the
     * night: the main thread's share went from 0.6 ms per order over 30,000 orders to 1.25 over 100,000).
     */
    static final String RECORDED_AMONG = "SELECT ORDER_ID, INVOICE_NUMBER FROM TI_OUTCOME WHERE (EXECUTION_ID, ORDER_ID) IN (:keys)";

    /**
     * Records these outcomes, once per order and invoice of the execution: a copy of one already recorded (an order
     * read twice, in one chunk or in two) is left out, so the first stays. The first is what happened; a later copy
     * of an order sent meanwhile would only say ALREADY_SENT and hide that this execution imported it.
     */
    public void add(long executionId, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Key, Row> firsts = new LinkedHashMap<>();
        rows.forEach(row -> firsts.putIfAbsent(new Key(row.orderId(), row.invoiceNumber()), row));
        named.query(RECORDED_AMONG, Map.of("keys", firsts.keySet().stream().map(Key::orderId).distinct()
                        .map(orderId -> new Object[]{executionId, orderId}).toList()),
                (RowCallbackHandler) rs -> firsts.remove(new Key(rs.getString(1), rs.getString(2))));
        List<Row> fresh = List.copyOf(firsts.values());
        jdbc.batchUpdate("INSERT INTO TI_OUTCOME (EXECUTION_ID, ORDER_ID, INVOICE_NUMBER, OUTCOME, REASON, DETAIL) VALUES (?, ?, ?, ?, ?, ?)",
                fresh, fresh.size(), (ps, row) -> {
                    ps.setLong(1, executionId);
                    ps.setString(2, row.orderId());
                    ps.setString(3, row.invoiceNumber());
                    ps.setString(4, row.outcome().name());
                    ps.setString(5, row.reason().name());
                    ps.setString(6, row.detail().length() > 2000 ? row.detail().substring(0, 2000) : row.detail());
                });
    }

    /** Says what became of an invoice in this execution, in place of what an earlier row said (statusSync: where it stands last). */
    public void replace(long executionId, Row row) {
        jdbc.update("DELETE FROM TI_OUTCOME WHERE EXECUTION_ID = ? AND ORDER_ID = ? AND INVOICE_NUMBER = ?",
                executionId, row.orderId(), row.invoiceNumber());
        add(executionId, List.of(row));
    }

    private record Key(String orderId, String invoiceNumber) {
    }

    public List<Count> counts(long executionId) {
        return jdbc.query("SELECT OUTCOME, REASON, COUNT(DISTINCT ORDER_ID), COUNT(*) FROM TI_OUTCOME WHERE EXECUTION_ID = ?"
                        + " GROUP BY OUTCOME, REASON ORDER BY OUTCOME, REASON",
                (rs, n) -> new Count(Outcome.valueOf(rs.getString(1)), Reason.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4)),
                executionId);
    }

    public List<Row> rows(long executionId) {
        return jdbc.query("SELECT ORDER_ID, INVOICE_NUMBER, OUTCOME, REASON, DETAIL FROM TI_OUTCOME WHERE EXECUTION_ID = ?"
                        + " ORDER BY ORDER_ID, INVOICE_NUMBER", ROW, executionId);
    }

    /**
     * The latest row of each order and invoice over these executions (a run and its restarts), order by order, one at
     * a time: a restart's row for an order read again replaces what the execution it restarts said of it.
     */
    public void eachLatest(Collection<Long> executionIds, Consumer<Row> each) {
        if (executionIds.isEmpty()) {
            return;
        }
        Key[] last = {null};
        named.query("SELECT ORDER_ID, INVOICE_NUMBER, OUTCOME, REASON, DETAIL FROM TI_OUTCOME WHERE EXECUTION_ID IN (:executions)"
                + " ORDER BY ORDER_ID, INVOICE_NUMBER, EXECUTION_ID DESC", Map.of("executions", executionIds), (RowCallbackHandler) rs -> {
                    Key key = new Key(rs.getString(1), rs.getString(2));
                    if (!key.equals(last[0])) {
                        last[0] = key;
                        each.accept(ROW.mapRow(rs, rs.getRow()));
                    }
                });
    }

    /** One outcome of an order, with the execution that recorded it: its job, and when it started (the job repository's time). */
    public record Recorded(long executionId, String job, LocalDateTime started, Row row) {
    }

    /** Every outcome ever recorded for this order, oldest execution first: the order's story across runs. */
    public List<Recorded> ofOrder(String orderId) {
        return jdbc.query("SELECT O.EXECUTION_ID, I.JOB_NAME, E.START_TIME, O.ORDER_ID, O.INVOICE_NUMBER, O.OUTCOME, O.REASON, O.DETAIL FROM TI_OUTCOME O"
                        + " JOIN BATCH_JOB_EXECUTION E ON E.JOB_EXECUTION_ID = O.EXECUTION_ID JOIN BATCH_JOB_INSTANCE I ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID"
                        + " WHERE O.ORDER_ID = ? ORDER BY O.EXECUTION_ID, O.INVOICE_NUMBER",
                (rs, n) -> new Recorded(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class), new Row(rs.getString(4), rs.getString(5),
                        Outcome.valueOf(rs.getString(6)), Reason.valueOf(rs.getString(7)), rs.getString(8) == null ? "" : rs.getString(8))), orderId);
    }

    /** What this execution recorded for these orders, in the caller's transaction: one query for a chunk. */
    public List<Row> rowsOf(long executionId, Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return new NamedParameterJdbcTemplate(jdbc).query("SELECT ORDER_ID, INVOICE_NUMBER, OUTCOME, REASON, DETAIL FROM TI_OUTCOME"
                + " WHERE EXECUTION_ID = :execution AND ORDER_ID IN (:orders)", Map.of("execution", executionId, "orders", orderIds), ROW);
    }
}
