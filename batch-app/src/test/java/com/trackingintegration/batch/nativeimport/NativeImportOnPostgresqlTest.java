package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.db.PostgresqlJobRepository;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * nativeImport end to end as {@link NativeImportJobTest} runs it, on PostgreSQL: the datasource URL, user and password
 * are all an operator sets (issue 16); Flyway creates Spring Batch's tables and ours on the empty database at start.
 */
@ContextConfiguration(initializers = PostgresqlJobRepository.class)
class NativeImportOnPostgresqlTest extends NativeImportJobTest {

    @Test
    void the_job_repository_is_the_postgresql_database_migrated_at_start() {
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\"",
                String.class)).containsExactly("1", "2");
    }
}
