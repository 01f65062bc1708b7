package com.trackingintegration.batch.store;

import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.port.IntegrationLedger;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The ledger of what was sent to VTEX Tracking, in the job repository's database. {@link #record} runs in the
 * caller's transaction (the chunk's), so the ledger and the chunk's progress commit together; {@link #markPending}
 * is meant to be committed on its own, just before the send.
 */
public class JdbcIntegrationLedger implements IntegrationLedger {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String REFUSED = "REFUSED";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcIntegrationLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Fingerprint> lastSent(String orderId, String invoiceNumber) {
        return jdbc.query("SELECT FINGERPRINT FROM TI_LEDGER WHERE ORDER_ID = ? AND INVOICE_NUMBER = ? AND STATE = ?",
                (rs, row) -> new Fingerprint(rs.getString(1).strip()), orderId, invoiceNumber, SENT).stream().findFirst();
    }

    /** Whether a send of exactly this was begun and never confirmed (the process died in between). */
    public boolean isPending(String orderId, String invoiceNumber, Fingerprint fingerprint) {
        return !jdbc.queryForList("SELECT 1 FROM TI_LEDGER WHERE ORDER_ID = ? AND INVOICE_NUMBER = ? AND STATE = ? AND FINGERPRINT = ?",
                Integer.class, orderId, invoiceNumber, PENDING, fingerprint.value()).isEmpty();
    }

    public void markPending(String orderId, String invoiceNumber, Fingerprint fingerprint, long executionId) {
        upsert(orderId, invoiceNumber, fingerprint, PENDING, "", executionId);
    }

    @Override
    public void record(List<Entry> entries) {
        for (Entry entry : entries) {
            upsert(entry.orderId(), entry.invoiceNumber(), entry.fingerprint(), entry.accepted() ? SENT : REFUSED, entry.message(), null);
        }
    }

    private void upsert(String orderId, String invoiceNumber, Fingerprint fingerprint, String state, String message, Long executionId) {
        var now = UtcTimes.column(clock.instant());
        String shortMessage = message.length() > 1000 ? message.substring(0, 1000) : message;
        int updated = jdbc.update("UPDATE TI_LEDGER SET FINGERPRINT = ?, STATE = ?, MESSAGE = ?, EXECUTION_ID = COALESCE(?, EXECUTION_ID),"
                + " UPDATED_AT = ? WHERE ORDER_ID = ? AND INVOICE_NUMBER = ?", fingerprint.value(), state, shortMessage, executionId, now,
                orderId, invoiceNumber);
        if (updated == 0) {
            jdbc.update("INSERT INTO TI_LEDGER (ORDER_ID, INVOICE_NUMBER, FINGERPRINT, STATE, MESSAGE, EXECUTION_ID, UPDATED_AT)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", orderId, invoiceNumber, fingerprint.value(), state, shortMessage, executionId, now);
        }
    }
}
