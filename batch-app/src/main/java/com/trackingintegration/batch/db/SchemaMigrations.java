package com.trackingintegration.batch.db;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.jdbc.DatabaseDriver;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * How Flyway migrates the job repository's database, Spring Batch's tables (V1, {@link BatchJobRepositoryMigration}) and
 * ours (V2 and later, {@code db/migration}): the one configuration the application and the tests both use.
 *
 * <p>A database made before Flyway (by the schema script every start used to run) has our tables and Batch's, but no
 * history: it is baselined at version 0, below every migration, so each still runs there. That is why every migration
 * is idempotent (CREATE TABLE IF NOT EXISTS, ADD COLUMN IF NOT EXISTS) and V1 creates nothing where Batch's tables are.
 */
public final class SchemaMigrations {

    /** Where our SQL migrations are, on the class path. */
    public static final String LOCATION = "classpath:db/migration";
    /** Below V1: a database without history but with tables still gets every migration. */
    static final String BASELINE = "0";

    private SchemaMigrations() {
    }

    /** Applies the project's settings to the configuration of a Flyway whose DataSource is already set. */
    public static FluentConfiguration configure(FluentConfiguration configuration) {
        return configuration.locations(LOCATION)
                .javaMigrations(new BatchJobRepositoryMigration())
                .baselineOnMigrate(true)
                .baselineVersion(BASELINE)
                .placeholders(placeholders(configuration.getDataSource()));
    }

    /**
     * The types that differ between the two databases, so that one SQL file serves both: PostgreSQL has no CLOB and
     * HSQLDB no TEXT (a file per database would be two copies of every table's documentation to keep in step).
     */
    private static Map<String, String> placeholders(DataSource dataSource) {
        return switch (vendor(dataSource)) {
            case HSQLDB -> Map.of("clob", "CLOB");
            case POSTGRESQL -> Map.of("clob", "TEXT");
            default -> throw new IllegalStateException("tracking-integration's job repository runs on HSQLDB or PostgreSQL, not on "
                    + productName(dataSource));
        };
    }

    /** The database behind the DataSource, from its connection's metadata (a URL may be wrapped by a proxy driver). */
    private static DatabaseDriver vendor(DataSource dataSource) {
        return DatabaseDriver.fromProductName(productName(dataSource));
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read which database the job repository is on: " + e.getMessage(), e);
        }
    }
}
