package com.trackingintegration.batch.store;

import com.trackingintegration.batch.db.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database created before the columns were widened (and before Flyway) is widened by the migrations at its first
 * start, keeping its rows and keys: every value the ERP validation accepts then fits.
 */
class SchemaWideningTest {

    private static final String OMS_ID = "TRK-" + "E".repeat(100);
    /** A rejected line's id: a file name of 255 characters (the most Linux allows), a colon and a line number. */
    private static final String REJECTED_LINE = "orders-" + "x".repeat(244) + ".csv:1234567";

    @Test
    void an_existing_database_is_widened_by_the_migrations_and_keeps_its_rows_and_keys() {
        DriverManagerDataSource db = new DriverManagerDataSource(
                "jdbc:hsqldb:file:target/test-db/" + UUID.randomUUID() + "/db;hsqldb.default_table_type=cached;shutdown=true", "SA", "");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        new ResourceDatabasePopulator(new ClassPathResource("db/schema-before-widening.sql")).execute(db);
        jdbc.update("INSERT INTO TI_LEDGER (ORDER_ID, INVOICE_NUMBER, FINGERPRINT, STATE, UPDATED_AT) VALUES ('1-01', '10', ?, 'SENT', CURRENT_TIMESTAMP)", "f".repeat(64));

        TestDatabase.migrate(db);
        TestDatabase.migrate(db);

        jdbc.update("INSERT INTO TI_LEDGER (ORDER_ID, INVOICE_NUMBER, FINGERPRINT, STATE, UPDATED_AT) VALUES (?, '10', ?, 'SENT', CURRENT_TIMESTAMP)", OMS_ID, "f".repeat(64));
        jdbc.update("INSERT INTO TI_OUTCOME (EXECUTION_ID, ORDER_ID, INVOICE_NUMBER, OUTCOME, REASON) VALUES (1, ?, '', 'REJECTED', 'INVALID_DATA')", REJECTED_LINE);
        jdbc.update("INSERT INTO TI_DEFERRED (ORDER_ID, SINCE, JOB_INSTANCE_ID) VALUES (?, CURRENT_TIMESTAMP, 1)", OMS_ID);
        jdbc.update("INSERT INTO TI_EXTERNAL_ORDER (OMS_ORDER_ID, ERP_ORDER_ID, SOURCE_FILE, SOURCE_LINE, STATE, ERP_ORDER, UPDATED_AT)"
                + " VALUES (?, ?, 'a.csv', 2, 'NEW', ?, CURRENT_TIMESTAMP)", OMS_ID, "E".repeat(100), "{\"items\":[" + "{},".repeat(30_000) + "{}]}");

        assertThat(jdbc.queryForObject("SELECT LENGTH(ERP_ORDER) FROM TI_EXTERNAL_ORDER", Integer.class)).isEqualTo(90_014);
        assertThat(jdbc.queryForList("SELECT ORDER_ID FROM TI_LEDGER ORDER BY ORDER_ID", String.class)).containsExactly("1-01", OMS_ID);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO TI_LEDGER (ORDER_ID, INVOICE_NUMBER, FINGERPRINT, STATE, UPDATED_AT)"
                + " VALUES ('1-01', '10', ?, 'SENT', CURRENT_TIMESTAMP)", "f".repeat(64))).isInstanceOf(DuplicateKeyException.class);
    }
}
