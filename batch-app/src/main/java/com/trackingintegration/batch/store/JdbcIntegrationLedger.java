package com.trackingintegration.batch.store;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.port.IntegrationLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger of what was sent to VTEX Tracking, by delivery service (order, invoice number and series), in the job
 * repository's database. {@link #record} runs in the caller's transaction (the chunk's), so the ledger and the
 * chunk's progress commit together; {@link #markPending} is meant to be committed on its own, just before the send.
 * A version marked pending or refused never erases the version VTEX Tracking acknowledged before it.
 */
public class JdbcIntegrationLedger implements IntegrationLedger {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String REFUSED = "REFUSED";
    /** Reconcile removed its packing list from VTEX Tracking (returned, canceled): not expected there any more. */
    static final String REMOVED = "REMOVED";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    public JdbcIntegrationLedger(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /** The row of this service's order and number with its own series first, then one of unknown series. */
    @Override
    public Optional<Fingerprint> lastSent(DeliveryServiceId service) {
        return jdbc.query("SELECT INVOICE_SERIES, ACKNOWLEDGED_FINGERPRINT FROM TI_DELIVERY_LEDGER"
                                + " WHERE ORDER_ID = ? AND INVOICE_NUMBER = ? AND ACKNOWLEDGED_FINGERPRINT IS NOT NULL",
                        (rs, row) -> Map.entry(rs.getString(1), new Fingerprint(rs.getString(2).strip())), service.orderId(), service.invoiceNumber())
                .stream().filter(row -> service.matches(service.orderId(), service.invoiceNumber(), row.getKey()))
                .min(Comparator.comparing(row -> !row.getKey().equals(service.series())))
                .map(Map.Entry::getValue);
    }

    @Override
    public List<Pending> pendingAmong(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT ORDER_ID, INVOICE_NUMBER, INVOICE_SERIES, FINGERPRINT, ACKNOWLEDGED_VERSIONS FROM TI_DELIVERY_LEDGER"
                        + " WHERE STATE = :state AND ORDER_ID IN (:orders)", Map.of("state", PENDING, "orders", orderIds),
                (rs, row) -> new Pending(id(rs), new Fingerprint(rs.getString(4).strip()), rs.getInt(5)));
    }

    private static DeliveryServiceId id(ResultSet rs) throws SQLException {
        return new DeliveryServiceId(rs.getString(1), rs.getString(2), rs.getString(3));
    }

    /** Each request's delivery service PENDING, for its fingerprint, the run's id in EXECUTION_ID. */
    @Override
    public void markPending(List<DeliveryServiceRequest> requests, long runId) {
        upsert(requests.stream().map(r -> new Row(r.service().id(), r.fingerprint(), PENDING, "", runId, false)).toList());
    }

    /** On the rows of these orders, so that reconcile finds them by their day. One batch for a chunk; in the caller's transaction. */
    @Override
    public void noteInvoicedAt(List<? extends OrderDecision> decisions) {
        List<Object[]> updates = decisions.stream().filter(d -> d.invoicedAt().isPresent())
                .map(d -> new Object[] {UtcTimes.column(d.invoicedAt().get()), d.orderId()}).toList();
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE TI_DELIVERY_LEDGER SET INVOICED_AT = ? WHERE ORDER_ID = ?", updates);
        }
    }

    @Override
    public void record(List<Entry> entries) {
        upsert(entries.stream().map(e -> new Row(e.service(), e.fingerprint(), e.accepted() ? SENT : REFUSED, e.message(), null, e.accepted()))
                .toList());
    }

    private record Row(DeliveryServiceId id, Fingerprint fingerprint, String state, String message, Long executionId, boolean acknowledged) {

        String shortMessage() {
            return message.length() > 1000 ? message.substring(0, 1000) : message;
        }

        /** The parameters of {@link #UPDATE}, the series to find the row by last. */
        Object[] update(Object now, String rowSeries) {
            return new Object[] {id.series(), state, fingerprint.value(), shortMessage(), executionId, acknowledged ? fingerprint.value() : null,
                    acknowledged ? 1 : 0, now, id.orderId(), id.invoiceNumber(), rowSeries};
        }

        Object[] insert(Object now) {
            return new Object[] {id.orderId(), id.invoiceNumber(), id.series(), state, fingerprint.value(), acknowledged ? fingerprint.value() : null,
                    acknowledged ? 1 : 0, shortMessage(), executionId, now};
        }
    }

    private static final String UPDATE = "UPDATE TI_DELIVERY_LEDGER SET INVOICE_SERIES = ?, STATE = ?, FINGERPRINT = ?, MESSAGE = ?,"
            + " EXECUTION_ID = COALESCE(?, EXECUTION_ID), ACKNOWLEDGED_FINGERPRINT = COALESCE(?, ACKNOWLEDGED_FINGERPRINT),"
            + " ACKNOWLEDGED_VERSIONS = ACKNOWLEDGED_VERSIONS + ?, UPDATED_AT = ? WHERE ORDER_ID = ? AND INVOICE_NUMBER = ? AND INVOICE_SERIES = ?";

    /**
     * The row of the same series is updated; failing that, a row of unknown series (carried over from the ledger
     * that had none) is adopted; failing that, a row is inserted. One batch a step: three round trips at most.
     */
    private void upsert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var now = UtcTimes.column(clock.instant());
        List<Row> missing = update(rows.stream().map(r -> r.update(now, r.id().series())).toList(), rows);
        List<Row> adoptable = missing.stream().filter(r -> !r.id().series().isEmpty()).toList();
        List<Row> toInsert = new ArrayList<>(missing.stream().filter(r -> r.id().series().isEmpty()).toList());
        toInsert.addAll(update(adoptable.stream().map(r -> r.update(now, "")).toList(), adoptable));
        if (!toInsert.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO TI_DELIVERY_LEDGER (ORDER_ID, INVOICE_NUMBER, INVOICE_SERIES, STATE, FINGERPRINT, ACKNOWLEDGED_FINGERPRINT,"
                    + " ACKNOWLEDGED_VERSIONS, MESSAGE, EXECUTION_ID, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    toInsert.stream().map(r -> r.insert(now)).toList());
        }
    }

    /** The rows no update found. */
    private List<Row> update(List<Object[]> updates, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        int[] updated = jdbc.batchUpdate(UPDATE, updates);
        List<Row> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0 || updated[i] == Statement.SUCCESS_NO_INFO && !exists(rows.get(i).id())) {
                missing.add(rows.get(i));
            }
        }
        return missing;
    }

    /**
     * After an update whose count the driver did not give ("done, count unknown"): whether the row is there under
     * the service's series, which is so only if the update found it. Asked, not guessed: a row guessed present would
     * be a ledger entry silently lost, and updating it again would count an acknowledged version twice.
     */
    private boolean exists(DeliveryServiceId id) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = ? AND INVOICE_NUMBER = ? AND INVOICE_SERIES = ?",
                Integer.class, id.orderId(), id.invoiceNumber(), id.series());
        return rows != null && rows > 0;
    }
}
