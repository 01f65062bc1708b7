package com.trackingintegration.batch.config;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes an HSQLDB job repository durable whatever URL the operator wrote. Left to its defaults, HSQLDB syncs its log
 * every 500 ms (a process killed in that time loses its last commits: a chunk's progress, the ledger's pending marks,
 * so invoices are sent again) and keeps tables in memory (the outcomes and the ledger grow every night, the heap must
 * not). The URL flags that change this ({@code hsqldb.write_delay=false}, {@code hsqldb.default_table_type=cached})
 * are easily left out, so the settings are made on the database itself, where HSQLDB keeps them: before any table is
 * created, and existing in-memory tables are turned into cached ones.
 *
 * <p>A cached table keeps its recently used rows in a cache HSQLDB bounds at 10 MB by default: filled after some
 * 30,000 orders, it made a night of 100,000 orders retain 12 MiB more heap than one of 10,000 (the import benchmark).
 * A run reads each ledger and outcome row once or twice, in chunks, by key: with a fifth of the cache it kept its
 * pace, used less CPU (1.82 s per 1,000 orders over 100,000, from 2.42: HSQLDB no longer evicts from a full 10 MB),
 * and retained 38 MiB of heap after 100,000 orders as after 10,000.
 */
final class HsqldbDurability {

    /** The rows HSQLDB keeps in memory for its cached tables, in KB (HSQLDB's default: 10,000). */
    static final int ROW_CACHE_KB = 2_000;

    private HsqldbDurability() {
    }

    static void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().startsWith("HSQL")) {
                return;
            }
            sql.execute("SET FILES WRITE DELAY FALSE");
            sql.execute("SET DATABASE DEFAULT TABLE TYPE CACHED");
            sql.execute("SET FILES CACHE SIZE " + ROW_CACHE_KB);
            List<String> inMemory = new ArrayList<>();
            try (var tables = sql.executeQuery("SELECT TABLE_SCHEM, TABLE_NAME FROM INFORMATION_SCHEMA.SYSTEM_TABLES"
                    + " WHERE HSQLDB_TYPE = 'MEMORY' AND TABLE_TYPE = 'TABLE' AND TABLE_SCHEM NOT IN ('INFORMATION_SCHEMA', 'SYSTEM_LOBS')")) {
                while (tables.next()) {
                    inMemory.add("\"" + tables.getString(1) + "\".\"" + tables.getString(2) + "\"");
                }
            }
            for (String table : inMemory) {
                sql.execute("SET TABLE " + table + " TYPE CACHED");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the HSQLDB job repository durable (SET FILES WRITE DELAY FALSE, cached tables): "
                    + e.getMessage(), e);
        }
    }
}
