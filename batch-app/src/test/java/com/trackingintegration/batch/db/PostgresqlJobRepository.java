package com.trackingintegration.batch.db;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Puts a Spring test context's job repository on a fresh PostgreSQL database of the shared test server:
 * {@code @ContextConfiguration(initializers = PostgresqlJobRepository.class)} on a SpringBootTest. It runs after the
 * test's {@code @DynamicPropertySource} methods have been applied and comes first, so it takes the place of the HSQLDB
 * file the job tests register.
 */
public final class PostgresqlJobRepository implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestPostgres.freshDatabase();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgresqlJobRepository", Map.of(
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password())));
    }
}
