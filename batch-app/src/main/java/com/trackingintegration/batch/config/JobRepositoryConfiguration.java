package com.trackingintegration.batch.config;

import com.trackingintegration.batch.db.SchemaMigrations;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The job repository's database: locked for this process when it is an HSQLDB file, durable whatever its URL, then
 * migrated by Flyway (Boot's FlywayMigrationInitializer takes the DataSource only once the guard has handed it out, and
 * Spring Batch's JobRepository waits for the migration), all before any command runs.
 */
@Configuration(proxyBeanMethods = false)
public class JobRepositoryConfiguration {

    /** Static: a BeanPostProcessor is created before the other beans, the DataSource among them. */
    @Bean
    static JobRepositoryGuard jobRepositoryGuard(Environment environment) {
        return new JobRepositoryGuard(environment);
    }

    /** Flyway as the tests migrate their databases too: Batch's tables, ours, baselined below V1 when made before Flyway. */
    @Bean
    FlywayConfigurationCustomizer schemaMigrations() {
        return SchemaMigrations::configure;
    }
}
