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
 */
final class HsqldbDurability {

    private HsqldbDurability() {
    }

    static void apply(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            if (!connection.getMetaData().getDatabaseProductName().startsWith("HSQL")) {
                return;
            }
            sql.execute("SET FILES WRITE DELAY FALSE");
            sql.execute("SET DATABASE DEFAULT TABLE TYPE CACHED");
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
