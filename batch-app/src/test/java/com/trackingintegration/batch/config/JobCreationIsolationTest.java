package com.trackingintegration.batch.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.transaction.annotation.Isolation;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped configuration creates job executions at READ_COMMITTED, as Spring Batch's reference advises for
 * PostgreSQL (SERIALIZABLE, its default, fails launches that create at the same moment): bound as Boot binds it.
 */
class JobCreationIsolationTest {

    @Test
    void job_creation_runs_at_read_committed_not_at_spring_batchs_serializable() throws IOException {
        var shipped = new MapConfigurationPropertySource(PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties")));

        BatchJdbcProperties batch = new Binder(shipped).bind("spring.batch.jdbc", BatchJdbcProperties.class).orElseGet(BatchJdbcProperties::new);

        assertThat(batch.getIsolationLevelForCreate()).isEqualTo(Isolation.READ_COMMITTED);
    }
}
