package com.trackingintegration.batch.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The ledger history a purge may delete: only what no exactly-once rule reads any more.
 * <ul>
 *   <li>TI_QUERY_HISTORY: when each VTEX Tracking query was last made, kept for VTEX's rule of one same query per six
 *   hours; a row older than the cut-off (a day at least) says nothing that rule needs.</li>
 *   <li>TI_LEDGER, the ledger by order and number from before the series was known: no longer written nor read, its
 *   rows were carried into TI_DELIVERY_LEDGER. A row goes only once its order and number are there, and never a
 *   PENDING one (a send begun and never answered is looked up in Tracking before anything else is done).</li>
 * </ul>
 * Never purged: TI_DELIVERY_LEDGER (a SENT, REFUSED or REMOVED row is what stops a second send, a PENDING one what
 * makes a restart look in Tracking first), TI_STATUS_SENT and TI_STATUS_EVENT (each status change is told to the OMS
 * once, and each update carries the invoice's whole timeline), TI_EXTERNAL_ORDER in any state (an ERP line read again
 * finds its order there instead of creating it in the OMS a second time), TI_DEFERRED, TI_ROUTE, TI_WINDOW, TI_RUN_LEASE
 * (what runs still work from, whatever its age).
 */
public class JdbcSettledHistory {

    private static final String OLD_QUERIES = " FROM TI_QUERY_HISTORY WHERE ASKED_AT < ?";
    private static final String CARRIED_LEGACY_ROWS = " FROM TI_LEDGER WHERE UPDATED_AT < :before AND STATE <> 'PENDING'"
            + " AND EXISTS (SELECT 1 FROM TI_DELIVERY_LEDGER D WHERE D.ORDER_ID = TI_LEDGER.ORDER_ID AND D.INVOICE_NUMBER = TI_LEDGER.INVOICE_NUMBER)";
    /** Orders of the legacy ledger deleted per transaction: a large table is not deleted in one. */
    private static final int ORDERS_PER_TRANSACTION = 500;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transaction;

    public JdbcSettledHistory(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transaction = new TransactionTemplate(tm);
    }

    public long oldQueries(Instant cutoff) {
        return jdbc.queryForObject("SELECT COUNT(*)" + OLD_QUERIES, Long.class, UtcTimes.column(cutoff));
    }

    public long deleteOldQueries(Instant cutoff) {
        return jdbc.update("DELETE" + OLD_QUERIES, UtcTimes.column(cutoff));
    }

    public long oldLegacyLedger(Instant cutoff) {
        return named.queryForObject("SELECT COUNT(*)" + CARRIED_LEGACY_ROWS, Map.of("before", UtcTimes.column(cutoff)), Long.class);
    }

    /** In transactions of {@value #ORDERS_PER_TRANSACTION} orders, each row's rule asked again by its delete. */
    public long deleteOldLegacyLedger(Instant cutoff) {
        Map<String, Object> before = Map.of("before", UtcTimes.column(cutoff));
        List<String> orders = named.queryForList("SELECT DISTINCT ORDER_ID" + CARRIED_LEGACY_ROWS + " ORDER BY ORDER_ID", before, String.class);
        long deleted = 0;
        for (int from = 0; from < orders.size(); from += ORDERS_PER_TRANSACTION) {
            List<String> batch = orders.subList(from, Math.min(orders.size(), from + ORDERS_PER_TRANSACTION));
            deleted += transaction.execute(status -> named.update("DELETE" + CARRIED_LEGACY_ROWS + " AND ORDER_ID IN (:orders)",
                    Map.of("before", before.get("before"), "orders", batch)));
        }
        return deleted;
    }
}
