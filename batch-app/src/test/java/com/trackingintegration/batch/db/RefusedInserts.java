package com.trackingintegration.batch.db;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the database refuse the rows of a table whose column has a value (a trigger raising an error), for a test that
 * plays a process dying in the middle of a chunk: the chunk rolls back exactly as in a crash. Each database writes a
 * trigger its own way: HSQLDB signals from the trigger's body, PostgreSQL raises from a trigger function.
 */
public final class RefusedInserts {

    private static final String TRIGGER = "TI_TEST_DIES";

    private final JdbcTemplate jdbc;
    private final String table;
    private final boolean postgresql;

    private RefusedInserts(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
        this.postgresql = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    }

    /** From now on, an insert into {@code table} of a row whose {@code column} is {@code value} fails. */
    public static RefusedInserts into(JdbcTemplate jdbc, String table, String column, String value) {
        RefusedInserts refused = new RefusedInserts(jdbc, table);
        refused.create(column, value);
        return refused;
    }

    private void create(String column, String value) {
        if (postgresql) {
            jdbc.execute("CREATE OR REPLACE FUNCTION " + TRIGGER + "() RETURNS trigger LANGUAGE plpgsql AS"
                    + " $$ BEGIN RAISE EXCEPTION 'the process died'; END $$");
            jdbc.execute("CREATE TRIGGER " + TRIGGER + " BEFORE INSERT ON " + table + " FOR EACH ROW WHEN (NEW." + column + " = '" + value + "')"
                    + " EXECUTE FUNCTION " + TRIGGER + "()");
        } else {
            jdbc.execute("CREATE TRIGGER " + TRIGGER + " BEFORE INSERT ON " + table + " REFERENCING NEW ROW AS NEWROW FOR EACH ROW"
                    + " WHEN (NEWROW." + column + " = '" + value + "') BEGIN ATOMIC SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the process died'; END");
        }
    }

    /** The table takes every row again; nothing happens if it already did. */
    public void stop() {
        jdbc.execute(postgresql ? "DROP TRIGGER IF EXISTS " + TRIGGER + " ON " + table : "DROP TRIGGER " + TRIGGER + " IF EXISTS");
    }
}
