package com.trackingintegration.batch;

import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingIntegrationApplicationTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

    @Test
    void a_setting_refused_while_the_jobs_are_built_is_one_line_and_a_usage_exit() {
        var failure = new BeanCreationException("externalAdvancers", "Failed to instantiate",
                new InvalidConfigurationException("integration.fetch-concurrency must be between 1 and 256, was 0"));

        int exit = TrackingIntegrationApplication.startupFailure(new IllegalStateException("context failed", failure), out);

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(console.toString(StandardCharsets.UTF_8))
                .isEqualTo("configuration error: integration.fetch-concurrency must be between 1 and 256, was 0" + System.lineSeparator());
    }

    @Test
    void any_other_start_up_failure_is_left_as_it_is() {
        var failure = new BeanCreationException("dataSource", "the database is locked by another process");

        assertThatThrownBy(() -> TrackingIntegrationApplication.startupFailure(failure, out)).isSameAs(failure);
        assertThat(console.size()).isZero();
    }
}
