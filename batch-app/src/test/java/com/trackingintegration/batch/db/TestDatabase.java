package com.trackingintegration.batch.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.UUID;

/**
 * A database of a test's own, on HSQLDB (in memory) or on the shared PostgreSQL server: what a Spring context, a child
 * JVM or plain JDBC needs to connect to it, and the production migrations to put the schema in it.
 */
public record TestDatabase(String url, String username, String password) {

    /** A new HSQLDB database in memory, gone with the test JVM. */
    public static TestDatabase inMemoryHsqldb() {
        return new TestDatabase("jdbc:hsqldb:mem:test-" + UUID.randomUUID(), "SA", "");
    }

    /**
     * A new HSQLDB file under target, as the product's default job repository is (cached tables, each commit written
     * at once), shut down with its last connection.
     */
    public static TestDatabase hsqldbFile() {
        return new TestDatabase("jdbc:hsqldb:file:target/test-db/" + UUID.randomUUID()
                + "/db;hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true", "SA", "");
    }

    /** A new connection per call, as a pool would give (Flyway and a run lease's heartbeat each take their own). */
    public DataSource dataSource() {
        return new DriverManagerDataSource(url, username, password);
    }

    /** The product's schema, Spring Batch's tables and ours, migrated as every start of the application migrates it. */
    public JdbcTemplate migrated() {
        DataSource dataSource = dataSource();
        migrate(dataSource);
        return new JdbcTemplate(dataSource);
    }

    /** Migrates to the latest version with the production configuration (locations, placeholders, baseline). */
    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(dataSource, null).migrate();
    }

    /** Migrates up to {@code version} only: a database as an earlier release left it. */
    public static MigrateResult migrateTo(DataSource dataSource, String version) {
        return flyway(dataSource, version).migrate();
    }

    /**
     * Leaves the database as the schema script of a release before Flyway would have: every table, no Flyway history.
     * The next migration then baselines it and runs every migration again over the tables it has.
     */
    public static void forgetMigrations(DataSource dataSource) {
        new JdbcTemplate(dataSource).execute("DROP TABLE \"flyway_schema_history\"");
    }

    private static Flyway flyway(DataSource dataSource, String target) {
        var configuration = Flyway.configure().dataSource(dataSource);
        if (target != null) {
            configuration.target(target);
        }
        return SchemaMigrations.configure(configuration).load();
    }
}
