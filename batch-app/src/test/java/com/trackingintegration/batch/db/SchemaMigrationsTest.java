package com.trackingintegration.batch.db;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The migrations, on each database the product runs on: from an empty database, and from the version before. */
@ParameterizedClass
@EnumSource(TestDatabases.class)
class SchemaMigrationsTest {

    /** Every table of the product's schema and its columns, as the application's SQL names them. */
    static final Map<String, List<String>> TABLES = new TreeMap<>(Map.ofEntries(
            Map.entry("BATCH_JOB_INSTANCE", List.of("JOB_INSTANCE_ID", "VERSION", "JOB_NAME", "JOB_KEY")),
            Map.entry("BATCH_JOB_EXECUTION", List.of("JOB_EXECUTION_ID", "VERSION", "JOB_INSTANCE_ID", "CREATE_TIME", "START_TIME",
                    "END_TIME", "STATUS", "EXIT_CODE", "EXIT_MESSAGE", "LAST_UPDATED")),
            Map.entry("BATCH_JOB_EXECUTION_PARAMS", List.of("JOB_EXECUTION_ID", "PARAMETER_NAME", "PARAMETER_TYPE", "PARAMETER_VALUE",
                    "IDENTIFYING")),
            Map.entry("BATCH_STEP_EXECUTION", List.of("STEP_EXECUTION_ID", "VERSION", "STEP_NAME", "JOB_EXECUTION_ID", "CREATE_TIME",
                    "START_TIME", "END_TIME", "STATUS", "COMMIT_COUNT", "READ_COUNT", "FILTER_COUNT", "WRITE_COUNT", "READ_SKIP_COUNT",
                    "WRITE_SKIP_COUNT", "PROCESS_SKIP_COUNT", "ROLLBACK_COUNT", "EXIT_CODE", "EXIT_MESSAGE", "LAST_UPDATED")),
            Map.entry("BATCH_STEP_EXECUTION_CONTEXT", List.of("STEP_EXECUTION_ID", "SHORT_CONTEXT", "SERIALIZED_CONTEXT")),
            Map.entry("BATCH_JOB_EXECUTION_CONTEXT", List.of("JOB_EXECUTION_ID", "SHORT_CONTEXT", "SERIALIZED_CONTEXT")),
            Map.entry("TI_LEDGER", List.of("ORDER_ID", "INVOICE_NUMBER", "FINGERPRINT", "STATE", "MESSAGE", "EXECUTION_ID", "UPDATED_AT")),
            Map.entry("TI_DELIVERY_LEDGER", List.of("ORDER_ID", "INVOICE_NUMBER", "INVOICE_SERIES", "STATE", "FINGERPRINT",
                    "ACKNOWLEDGED_FINGERPRINT", "ACKNOWLEDGED_VERSIONS", "MESSAGE", "EXECUTION_ID", "UPDATED_AT", "INVOICED_AT")),
            Map.entry("TI_OUTCOME", List.of("EXECUTION_ID", "ORDER_ID", "INVOICE_NUMBER", "OUTCOME", "REASON", "DETAIL")),
            Map.entry("TI_DEFERRED", List.of("ORDER_ID", "SINCE", "JOB_INSTANCE_ID")),
            Map.entry("TI_WINDOW", List.of("JOB_NAME", "WINDOW_END")),
            Map.entry("TI_QUERY_HISTORY", List.of("QUERY", "ASKED_AT")),
            Map.entry("TI_EXTERNAL_ORDER", List.of("OMS_ORDER_ID", "ERP_ORDER_ID", "SOURCE_FILE", "SOURCE_LINE", "STATE", "WAITING_FOR",
                    "ERP_ORDER", "UPDATED_AT", "LAST_GOOD_STATE")),
            Map.entry("TI_ROUTE", List.of("ORDER_ID", "INVOICE_NUMBER", "ROUTE", "UPDATED_AT")),
            Map.entry("TI_STATUS_SENT", List.of("CHANGE_KEY", "EXECUTION_ID", "SENT_AT")),
            Map.entry("TI_STATUS_EVENT", List.of("ORDER_ID", "INVOICE_NUMBER", "STATUS", "REPORTED_AT", "EVENT_DATE", "CITY", "STATE",
                    "DESCRIPTION")),
            Map.entry("TI_RUN_LEASE", List.of("JOB_NAME", "HOLDER", "EXECUTION_ID", "EXPIRES_AT"))));

    private final DataSource db;
    private final JdbcTemplate jdbc;

    SchemaMigrationsTest(TestDatabases database) {
        this.db = database.fresh().dataSource();
        this.jdbc = new JdbcTemplate(db);
    }

    @Test
    void an_empty_database_gets_every_table_and_column_and_a_second_start_has_nothing_to_do() throws SQLException {
        MigrateResult first = TestDatabase.migrate(db);
        MigrateResult second = TestDatabase.migrate(db);

        assertThat(first.migrationsExecuted).as("Batch's tables, ours, the job repository's indexes, outcomes by order").isEqualTo(4);
        assertThat(columns()).isEqualTo(TABLES);
        assertThat(second.migrationsExecuted).isZero();
    }

    @Test
    void a_database_at_v1_with_a_job_run_keeps_it_when_migrated_to_the_latest() {
        TestDatabase.migrateTo(db, "1");
        jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (0, 0, 'nativeImport', 'k')");
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, STATUS)"
                + " VALUES (0, 0, 0, CURRENT_TIMESTAMP, 'COMPLETED')");

        MigrateResult latest = TestDatabase.migrate(db);

        assertThat(latest.migrationsExecuted).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT JOB_NAME || ':' || E.STATUS FROM BATCH_JOB_INSTANCE I"
                + " JOIN BATCH_JOB_EXECUTION E ON E.JOB_INSTANCE_ID = I.JOB_INSTANCE_ID", String.class)).isEqualTo("nativeImport:COMPLETED");
        jdbc.update("INSERT INTO TI_OUTCOME (EXECUTION_ID, ORDER_ID, INVOICE_NUMBER, OUTCOME, REASON) VALUES (0, 'a', '1', 'IMPORTED', 'SENT')");
    }

    @Test
    void a_database_at_v2_gets_the_indexes_spring_batchs_look_ups_and_purge_use() throws SQLException {
        TestDatabase.migrateTo(db, "2");
        assertThat(indexedColumns("BATCH_STEP_EXECUTION")).doesNotContain("TI_BATCH_STEP_EXECUTION_EXECUTION:JOB_EXECUTION_ID");

        MigrateResult latest = TestDatabase.migrate(db);

        assertThat(latest.migrationsExecuted).isEqualTo(2);
        assertThat(indexedColumns("BATCH_JOB_EXECUTION")).contains("TI_BATCH_JOB_EXECUTION_INSTANCE:JOB_INSTANCE_ID");
        assertThat(indexedColumns("BATCH_STEP_EXECUTION")).contains("TI_BATCH_STEP_EXECUTION_EXECUTION:JOB_EXECUTION_ID");
        assertThat(indexedColumns("BATCH_JOB_EXECUTION_PARAMS")).contains("TI_BATCH_JOB_EXECUTION_PARAMS_EXECUTION:JOB_EXECUTION_ID");
    }

    @Test
    void outcomes_are_indexed_by_order_first_so_a_run_asking_which_orders_it_had_reads_no_more_than_those() throws SQLException {
        TestDatabase.migrateTo(db, "3");
        assertThat(indexedColumns("TI_OUTCOME")).doesNotContain("TI_OUTCOME_ORDER:ORDER_ID");

        TestDatabase.migrate(db);

        assertThat(indexedColumns("TI_OUTCOME")).contains("TI_OUTCOME_ORDER:ORDER_ID", "TI_OUTCOME_ORDER:EXECUTION_ID");
    }

    /** index:column of a table's indexes, upper case, whichever case the database keeps names in. */
    private List<String> indexedColumns(String table) throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (Connection connection = db.getConnection()) {
            for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
                try (ResultSet rows = connection.getMetaData().getIndexInfo(null, connection.getSchema(), name, false, false)) {
                    while (rows.next()) {
                        if (rows.getString("INDEX_NAME") != null) {
                            indexes.add((rows.getString("INDEX_NAME") + ":" + rows.getString("COLUMN_NAME")).toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return indexes;
    }

    /** The columns of the product's tables, upper case (PostgreSQL folds unquoted names to lower case). */
    private Map<String, List<String>> columns() throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Connection connection = db.getConnection();
             ResultSet rows = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                // Batch's script makes its id sequences tables on HSQLDB (BATCH_..._SEQ), sequences on PostgreSQL.
                if (table.startsWith("TI_") || table.startsWith("BATCH_") && !table.endsWith("_SEQ")) {
                    columns.computeIfAbsent(table, t -> new ArrayList<>()).add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }
}
