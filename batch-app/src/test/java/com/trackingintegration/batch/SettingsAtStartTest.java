package com.trackingintegration.batch;

import com.trackingintegration.batch.cli.ExitCodes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchRuntimeException;

/**
 * Settings as the operator starts the application with them: a misspelt name or a bad value stops the start, exit 2,
 * one line each, Spring's chain of bean errors left to the log file. VTEX is on a closed port: were the start to go
 * on, the command would fail otherwise.
 */
class SettingsAtStartTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int start(String... settings) {
        List<String> arguments = new ArrayList<>(List.of("start", "nativeImport",
                "--spring.datasource.url=jdbc:hsqldb:file:target/test-db/" + UUID.randomUUID() + "/db;shutdown=true",
                "--vtex.account=loja", "--vtex.oms.base-url=http://127.0.0.1:9", "--vtex.tracking.base-url=http://127.0.0.1:9/receiver",
                "--vtex.http.max-attempts=1"));
        arguments.addAll(List.of(settings));
        RuntimeException failure = catchRuntimeException(() -> TrackingIntegrationApplication.run(arguments.toArray(String[]::new)).close());
        assertThat(failure).as("the start should have been refused").isNotNull();
        return TrackingIntegrationApplication.startupFailure(failure, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return console.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Seen: --integration.carrier=Motoboy was ignored, and 30 services of every carrier were sent. */
    @Test
    void a_misspelt_setting_stops_the_start_in_one_line_naming_the_setting_it_meant() {
        int exit = start("--integration.carrier=Motoboy");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(lines()).containsExactly(
                "configuration error: unknown setting integration.carrier (command line): did you mean integration.carriers?");
    }

    @Test
    void two_bad_values_are_two_lines_each_naming_its_property() {
        int exit = start("--integration.chunk_size=0", "--INTEGRATION.FETCH-CONCURRENCY=0");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(lines()).containsExactly(
                "configuration error: integration.chunk-size must be between 1 and 1000, was 0",
                "configuration error: integration.fetch-concurrency must be between 1 and 256, was 0");
    }
}
