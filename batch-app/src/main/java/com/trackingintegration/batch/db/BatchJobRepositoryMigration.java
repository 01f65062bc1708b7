package com.trackingintegration.batch.db;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * V1: Spring Batch's job repository, by the script Spring Batch ships for the database (so it is always the one of
 * the Batch version on the class path, never a copy to keep in step). A database made before Flyway already has the
 * tables (Boot created them): then nothing is done, since Batch's script is plain CREATE TABLE and would fail.
 */
final class BatchJobRepositoryMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1");
    }

    @Override
    public String getDescription() {
        return "Spring Batch job repository";
    }

    /** None: the script is Spring Batch's, and changes with its version without making this a different migration. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (hasJobRepository(connection.getMetaData(), connection.getSchema())) {
            return;
        }
        String platform = DatabaseDriver.fromProductName(connection.getMetaData().getDatabaseProductName()).getId();
        ScriptUtils.executeSqlScript(connection, new ClassPathResource("org/springframework/batch/core/schema-" + platform + ".sql"));
    }

    /** Unquoted names are upper case on HSQLDB and lower case on PostgreSQL. */
    private static boolean hasJobRepository(DatabaseMetaData metaData, String schema) throws SQLException {
        for (String name : new String[] {"BATCH_JOB_INSTANCE", "batch_job_instance"}) {
            try (ResultSet tables = metaData.getTables(null, schema, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
