package com.trackingintegration.batch.store;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.reconcile.LedgerState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The ledger as reconcile reads and corrects it: a window's orders, each service's state, removals, rebased counts. */
public class JdbcLedgerStates {

    /**
     * Rows written before INVOICED_AT existed are found by when they were written instead: an order is sent the day
     * it is invoiced or, waiting for its route or its NF-e, a little later; a day's grace finds those.
     */
    private static final Duration WRITTEN_WITHIN = Duration.ofDays(1);
    /** A row matches the service's own series, or an unknown one (carried over from the ledger that had none). */
    private static final String SERVICE = " WHERE ORDER_ID = ? AND INVOICE_NUMBER = ? AND (INVOICE_SERIES = ? OR INVOICE_SERIES = '')";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    public JdbcLedgerStates(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /** The orders the ledger holds for the window, each once, in order. */
    public List<String> ordersInvoicedIn(TimeWindow window) {
        return jdbc.queryForList("SELECT DISTINCT ORDER_ID FROM TI_DELIVERY_LEDGER WHERE (INVOICED_AT >= ? AND INVOICED_AT < ?)"
                        + " OR (INVOICED_AT IS NULL AND UPDATED_AT >= ? AND UPDATED_AT < ?) ORDER BY ORDER_ID", String.class,
                UtcTimes.column(window.from()), UtcTimes.column(window.to()), UtcTimes.column(window.from()),
                UtcTimes.column(window.to().plus(WRITTEN_WITHIN)));
    }

    /** What the ledger says of every delivery service of these orders, by order; one query for a chunk. */
    public Map<String, List<LedgerState>> of(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        return named.query("SELECT ORDER_ID, INVOICE_NUMBER, INVOICE_SERIES, STATE, ACKNOWLEDGED_FINGERPRINT FROM TI_DELIVERY_LEDGER"
                        + " WHERE ORDER_ID IN (:orders) ORDER BY ORDER_ID, INVOICE_NUMBER, INVOICE_SERIES", Map.of("orders", orderIds),
                (rs, row) -> new LedgerState(new DeliveryServiceId(rs.getString(1), rs.getString(2), rs.getString(3)),
                        Optional.ofNullable(rs.getString(5)).map(String::strip).map(Fingerprint::new),
                        JdbcIntegrationLedger.PENDING.equals(rs.getString(4)), JdbcIntegrationLedger.REMOVED.equals(rs.getString(4))))
                .stream().collect(Collectors.groupingBy(state -> state.service().orderId(), LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * One delivery service of an order as the ledger holds it, for an operator: its state (PENDING, SENT, REFUSED,
     * REMOVED), the version last marked or sent and the one VTEX Tracking last took, Tracking's message, when, and which
     * execution wrote it.
     */
    public record Entry(DeliveryServiceId service, String state, Fingerprint fingerprint, Optional<Fingerprint> acknowledged, String message,
                        Optional<Long> executionId, Instant updatedAt) {
    }

    /** What the ledger holds for this order, invoice by invoice. */
    public List<Entry> entriesOf(String orderId) {
        return jdbc.query("SELECT ORDER_ID, INVOICE_NUMBER, INVOICE_SERIES, STATE, FINGERPRINT, ACKNOWLEDGED_FINGERPRINT, MESSAGE, EXECUTION_ID, UPDATED_AT"
                        + " FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = ? ORDER BY INVOICE_NUMBER, INVOICE_SERIES",
                (rs, n) -> new Entry(new DeliveryServiceId(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4),
                        new Fingerprint(rs.getString(5).strip()), Optional.ofNullable(rs.getString(6)).map(String::strip).map(Fingerprint::new),
                        rs.getString(7) == null ? "" : rs.getString(7), Optional.ofNullable(rs.getObject(8, Long.class)),
                        UtcTimes.instant(rs.getObject(9, LocalDateTime.class))), orderId);
    }

    /**
     * These services' packing lists were removed from VTEX Tracking; meant to be committed as soon as Tracking said so.
     * Tracking then holds none of this integration's versions live: nothing is acknowledged any more, so nativeImport
     * does not take the removed version for sent, and a later send's restart check counts Tracking's services from 0.
     * The row stays REMOVED (its state), which is how reconcile knows it removed it.
     */
    public void markRemoved(Collection<DeliveryServiceId> services) {
        if (services.isEmpty()) {
            return;
        }
        var now = UtcTimes.column(clock.instant());
        jdbc.batchUpdate("UPDATE TI_DELIVERY_LEDGER SET STATE = '" + JdbcIntegrationLedger.REMOVED + "', ACKNOWLEDGED_FINGERPRINT = NULL,"
                        + " ACKNOWLEDGED_VERSIONS = 0, UPDATED_AT = ?" + SERVICE,
                services.stream().map(id -> new Object[] {now, id.orderId(), id.invoiceNumber(), id.series()}).toList());
    }

    /**
     * Sets how many live services VTEX Tracking holds for each of these now, just before a new version is marked
     * pending (in the same transaction). With none held, nothing of it is acknowledged any more either: the version
     * the ledger remembers was removed, or lost in Tracking.
     */
    public void rebase(Map<DeliveryServiceId, Integer> liveNow) {
        if (liveNow.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE TI_DELIVERY_LEDGER SET ACKNOWLEDGED_VERSIONS = ?,"
                        + " ACKNOWLEDGED_FINGERPRINT = CASE WHEN ? = 0 THEN NULL ELSE ACKNOWLEDGED_FINGERPRINT END" + SERVICE,
                liveNow.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getValue(), e.getKey().orderId(), e.getKey().invoiceNumber(),
                        e.getKey().series()}).toList());
    }
}
