package com.trackingintegration.batch;

import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.batch.config.JobRepositoryInUseException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

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
    void a_job_repository_another_process_has_open_is_one_line_and_a_usage_exit() {
        var failure = new BeanCreationException("dataSource", "Error creating bean",
                new JobRepositoryInUseException("the job repository /data/ti is in use by another process (pid 42 on host since 2026-12-01T20:00:00Z)"));

        int exit = TrackingIntegrationApplication.startupFailure(new IllegalStateException("context failed", failure), out);

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo(
                "the job repository /data/ti is in use by another process (pid 42 on host since 2026-12-01T20:00:00Z)" + System.lineSeparator());
    }

    @Test
    void hsqldbs_own_lock_held_by_another_process_is_one_line_and_a_usage_exit() {
        var locked = new SQLException("Database lock acquisition failure: lockFile: [file =/data/ti.lck]", "S1000", -451);

        int exit = TrackingIntegrationApplication.startupFailure(new BeanCreationException("dataSource", "Error creating bean", locked), out);

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("the job repository is in use by another process").hasLineCount(1);
    }

    @Test
    void any_other_start_up_failure_is_one_line_naming_its_cause_and_a_failed_exit() {
        var failure = new BeanCreationException("dataSource", "Error creating bean", new IllegalStateException("disk full"));

        int exit = TrackingIntegrationApplication.startupFailure(failure, out);

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(console.toString(StandardCharsets.UTF_8))
                .isEqualTo("error: the application could not start: disk full (the stack trace is in the log file)" + System.lineSeparator());
    }

    @Test
    void a_demo_pointed_at_a_folder_of_the_operators_deletes_nothing_and_is_one_line_and_a_usage_exit() throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "operator-folder-" + java.util.UUID.randomUUID()));
        java.nio.file.Files.writeString(folder.resolve("orders.jsonl"), "the operator's own file");

        int exit;
        try {
            TrackingIntegrationApplication.run(new String[] {"demo", "--integration.demo.dir=" + folder, "--logging.file.name="}).close();
            exit = ExitCodes.COMPLETED;
        } catch (RuntimeException refused) {
            exit = TrackingIntegrationApplication.startupFailure(refused, out);
        }

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("configuration error: integration.demo.dir=" + folder
                + " is not a folder the demo made").hasLineCount(1);
        assertThat(java.nio.file.Files.readString(folder.resolve("orders.jsonl"))).isEqualTo("the operator's own file");
    }
}
