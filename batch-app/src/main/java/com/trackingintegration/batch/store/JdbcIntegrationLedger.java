package com.trackingintegration.batch.store;

import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.port.IntegrationLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    public JdbcIntegrationLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    @Override
    public Optional<Fingerprint> lastSent(String orderId, String invoiceNumber) {
        return jdbc.query("SELECT FINGERPRINT FROM TI_LEDGER WHERE ORDER_ID = ? AND INVOICE_NUMBER = ? AND STATE = ?",
                (rs, row) -> new Fingerprint(rs.getString(1).strip()), orderId, invoiceNumber, SENT).stream().findFirst();
    }

    /**
     * The sends begun and never confirmed (the process died in between) among these orders' invoices: the
     * fingerprint each PENDING mark was written for, by {@link #key}.
     */
    public Map<String, Fingerprint> pendingAmong(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Fingerprint> pending = new HashMap<>();
        named.query("SELECT ORDER_ID, INVOICE_NUMBER, FINGERPRINT FROM TI_LEDGER WHERE STATE = :state AND ORDER_ID IN (:orders)",
                Map.of("state", PENDING, "orders", orderIds),
                (RowCallbackHandler) rs -> pending.put(key(rs.getString(1), rs.getString(2)), new Fingerprint(rs.getString(3).strip())));
        return pending;
    }

    public static String key(String orderId, String invoiceNumber) {
        return orderId + "/" + invoiceNumber;
    }

    /** Marks each request's invoice PENDING, for its fingerprint; meant to be committed on its own before the send. */
    public void markPending(List<DeliveryServiceRequest> requests, long executionId) {
        upsert(requests.stream().map(r -> new Row(r.service().orderNumber(), r.service().invoiceNumber(), r.fingerprint(), PENDING, "", executionId))
                .toList());
    }

    @Override
    public void record(List<Entry> entries) {
        upsert(entries.stream().map(e -> new Row(e.orderId(), e.invoiceNumber(), e.fingerprint(), e.accepted() ? SENT : REFUSED, e.message(), null))
                .toList());
    }

    private record Row(String orderId, String invoiceNumber, Fingerprint fingerprint, String state, String message, Long executionId) {
        String shortMessage() {
            return message.length() > 1000 ? message.substring(0, 1000) : message;
        }
    }

    /** One batch of updates, then one batch of inserts for the rows that were not there: two round trips a chunk. */
    private void upsert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var now = UtcTimes.column(clock.instant());
        String update = "UPDATE TI_LEDGER SET FINGERPRINT = ?, STATE = ?, MESSAGE = ?, EXECUTION_ID = COALESCE(?, EXECUTION_ID),"
                + " UPDATED_AT = ? WHERE ORDER_ID = ? AND INVOICE_NUMBER = ?";
        List<Object[]> updates = rows.stream()
                .map(r -> new Object[] {r.fingerprint().value(), r.state(), r.shortMessage(), r.executionId(), now, r.orderId(), r.invoiceNumber()})
                .toList();
        int[] updated = jdbc.batchUpdate(update, updates);
        List<Object[]> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            // A driver may answer a batch with "done, count unknown": then the row is updated alone, for its count,
            // rather than guessed present and a ledger entry silently lost.
            int count = updated[i] == Statement.SUCCESS_NO_INFO ? jdbc.update(update, updates.get(i)) : updated[i];
            if (count == 0) {
                Row r = rows.get(i);
                missing.add(new Object[] {r.orderId(), r.invoiceNumber(), r.fingerprint().value(), r.state(), r.shortMessage(), r.executionId(), now});
            }
        }
        if (!missing.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO TI_LEDGER (ORDER_ID, INVOICE_NUMBER, FINGERPRINT, STATE, MESSAGE, EXECUTION_ID, UPDATED_AT)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", missing);
        }
    }
}
