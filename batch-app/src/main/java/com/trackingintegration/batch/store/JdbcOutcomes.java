package com.trackingintegration.batch.store;

import com.trackingintegration.domain.integration.Disposition;
import com.trackingintegration.domain.integration.Reason;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** The outcome of every order and invoice of every execution: what the run report is made of. */
public class JdbcOutcomes {

    private final JdbcTemplate jdbc;

    public JdbcOutcomes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What became of an order or invoice, as an operator reads it. */
    public enum Outcome {
        IMPORTED, SKIPPED, DEFERRED, REJECTED;

        public static Outcome of(Reason reason) {
            if (reason.disposition() == Disposition.DELIVER) {
                return IMPORTED;
            }
            return reason.disposition() == Disposition.DEFER ? DEFERRED
                    : reason.disposition() == Disposition.REJECT ? REJECTED : SKIPPED;
        }
    }

    public record Row(String orderId, String invoiceNumber, Outcome outcome, Reason reason, String detail) {
    }

    public record Count(Outcome outcome, Reason reason, long orders, long invoices) {
    }

    public void add(long executionId, List<Row> rows) {
        jdbc.batchUpdate("INSERT INTO TI_OUTCOME (EXECUTION_ID, ORDER_ID, INVOICE_NUMBER, OUTCOME, REASON, DETAIL) VALUES (?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (ps, row) -> {
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

    public List<Count> counts(long executionId) {
        return jdbc.query("SELECT OUTCOME, REASON, COUNT(DISTINCT ORDER_ID), COUNT(*) FROM TI_OUTCOME WHERE EXECUTION_ID = ?"
                        + " GROUP BY OUTCOME, REASON ORDER BY OUTCOME, REASON",
                (rs, n) -> new Count(Outcome.valueOf(rs.getString(1)), Reason.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4)),
                executionId);
    }

    public List<Row> rows(long executionId) {
        return jdbc.query("SELECT ORDER_ID, INVOICE_NUMBER, OUTCOME, REASON, DETAIL FROM TI_OUTCOME WHERE EXECUTION_ID = ?"
                        + " ORDER BY ORDER_ID, INVOICE_NUMBER",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), Outcome.valueOf(rs.getString(3)), Reason.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? "" : rs.getString(5)), executionId);
    }
}
