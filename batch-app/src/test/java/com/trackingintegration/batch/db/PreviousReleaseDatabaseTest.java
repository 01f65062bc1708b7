package com.trackingintegration.batch.db;

import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HSQLDB file made by the last release before Flyway (Boot ran Batch's script, then the schema script, at every
 * start; no Flyway history): the first start of this version migrates it, keeping its job runs and its ledger.
 */
class PreviousReleaseDatabaseTest {

    private final DataSource db = new DriverManagerDataSource(
            "jdbc:hsqldb:file:target/test-db/" + UUID.randomUUID() + "/db;hsqldb.default_table_type=cached;shutdown=true", "SA", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(db);

    @Test
    void a_database_the_schema_script_made_is_baselined_and_migrated_keeping_its_rows_and_a_later_start_has_nothing_to_do() {
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/batch/core/schema-hsqldb.sql"),
                new ClassPathResource("db/previous-release-schema.sql")).execute(db);
        jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (0, 0, 'nativeImport', 'k')");
        jdbc.update("INSERT INTO TI_DELIVERY_LEDGER (ORDER_ID, INVOICE_NUMBER, INVOICE_SERIES, STATE, FINGERPRINT, ACKNOWLEDGED_FINGERPRINT,"
                + " ACKNOWLEDGED_VERSIONS, UPDATED_AT) VALUES ('1-01', '500', '1', 'SENT', ?, ?, 1, CURRENT_TIMESTAMP)", "f".repeat(64), "f".repeat(64));
        jdbc.update("INSERT INTO TI_EXTERNAL_ORDER (OMS_ORDER_ID, ERP_ORDER_ID, SOURCE_FILE, SOURCE_LINE, STATE, ERP_ORDER, UPDATED_AT)"
                + " VALUES ('TRK-ERP-1', 'ERP-1', 'a.csv', 2, 'NEW', '{}', CURRENT_TIMESTAMP)");

        MigrateResult first = TestDatabase.migrate(db);
        MigrateResult second = TestDatabase.migrate(db);

        assertThat(first.migrations).extracting(m -> m.version).as("baselined below V1: every migration runs").containsExactly("1", "2", "3", "4");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).as("V1 left Batch's tables as they were").isOne();
        assertThat(jdbc.queryForObject("SELECT ORDER_ID || ':' || STATE || ':' || ACKNOWLEDGED_VERSIONS FROM TI_DELIVERY_LEDGER", String.class))
                .isEqualTo("1-01:SENT:1");
        assertThat(jdbc.queryForObject("SELECT ERP_ORDER_ID || ':' || STATE FROM TI_EXTERNAL_ORDER", String.class)).isEqualTo("ERP-1:NEW");
        assertThat(second.migrationsExecuted).isZero();
    }
}
