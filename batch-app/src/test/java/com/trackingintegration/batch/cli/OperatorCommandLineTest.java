package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.DefaultApplicationArguments;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorCommandLineTest {

    private final List<String> received = new ArrayList<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int run(String... args) {
        OperatorCommandLine line = new OperatorCommandLine(new RecordingCommands(), new PrintStream(console, true, StandardCharsets.UTF_8));
        line.run(new DefaultApplicationArguments(args));
        return line.getExitCode();
    }

    /** Each command notes the typed values it was handed, written as an operator would type them; configure-feed is misconfigured. */
    private final class RecordingCommands implements OperatorCommands {
        private int note(String call) {
            received.add(call);
            return 0;
        }

        @Override
        public int demo(PrintStream out) {
            return note("demo");
        }

        @Override
        public int check(PrintStream out) {
            return note("check");
        }

        @Override
        public int start(String job, Map<String, String> parameters, PrintStream out) {
            return note("start " + job + parameters.entrySet().stream().map(p -> " " + p.getKey() + "=" + p.getValue()).collect(Collectors.joining()));
        }

        @Override
        public int restart(String target, PrintStream out) {
            return note("restart " + target);
        }

        @Override
        public int stop(long executionId, PrintStream out) {
            return note("stop " + executionId);
        }

        @Override
        public int abandon(long executionId, PrintStream out) {
            return note("abandon " + executionId);
        }

        @Override
        public int executions(Optional<String> job, Optional<BatchStatus> status, PrintStream out) {
            return note("executions" + job.map(j -> " " + j).orElse("") + status.map(s -> " --status " + s).orElse(""));
        }

        @Override
        public int report(long executionId, boolean json, boolean orders, PrintStream out) {
            return note("report " + executionId + (json ? " --json" : "") + (orders ? " --orders" : ""));
        }

        @Override
        public int serve(PrintStream out) {
            return note("serve");
        }

        @Override
        public int configureFeed(PrintStream out) {
            throw new InvalidConfigurationException("vtex.tracking.username is required");
        }

        @Override
        public int resetExternal(String erpOrderId, PrintStream out) {
            return note("reset-external " + erpOrderId);
        }

        @Override
        public int order(String orderId, boolean live, PrintStream out) {
            return note("order " + orderId + (live ? " --live" : ""));
        }

        @Override
        public int replay(String orderId, boolean dryRun, PrintStream out) {
            return note("replay " + orderId + (dryRun ? " --dry-run" : ""));
        }

        @Override
        public int purge(String olderThan, boolean dryRun, PrintStream out) {
            return note("purge " + olderThan + (dryRun ? " --dry-run" : ""));
        }
    }

    @Test
    void spring_properties_pass_through_and_the_command_gets_its_typed_arguments() {
        assertThat(run("report", "--spring.datasource.url=jdbc:hsqldb:file:x;a=b", "42", "--orders", "--vtex.account=loja")).isZero();

        assertThat(received).containsExactly("report 42 --orders");
    }

    @Test
    void job_parameters_follow_the_job() {
        run("start", "nativeImport", "from=2026-11-20T00:00:00Z", "to=2026-11-21T00:00:00Z", "--integration.chunk-size=50");

        assertThat(received).containsExactly("start nativeImport from=2026-11-20T00:00:00Z to=2026-11-21T00:00:00Z");
    }

    @Test
    void a_misspelt_option_is_a_usage_error_not_ignored() {
        assertThat(run("report", "42", "--jsn")).isEqualTo(ExitCodes.USAGE);

        assertThat(received).isEmpty();
        assertThat(console.toString()).contains("report: not understood: --jsn");
    }

    @Test
    void an_argument_not_understood_is_named_never_repeated_with_its_value() {
        assertThat(run("check", "--app-token=s3cr3t-t0ken", "-t=s3cr3t-t0ken", "s3cr3t-t0ken")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("start", "nativeImport", "--password=s3cr3t-t0ken")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("stop", "s3cr3t-t0ken")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("executions", "--status=s3cr3t-t0ken")).isEqualTo(ExitCodes.USAGE);

        assertThat(received).isEmpty();
        assertThat(console.toString()).doesNotContain("s3cr3t-t0ken")
                .contains("check: not understood: --app-token, -t, a value (value not shown)")
                .contains("start: not understood: --password");
    }

    @Test
    void a_property_in_any_of_springs_relaxed_forms_passes_through_to_spring() {
        assertThat(run("check", "--vtex.oms.app_token=s3cr3t-t0ken", "--vtex.oms.appToken=s3cr3t-t0ken")).isZero();

        assertThat(received).containsExactly("check");
        assertThat(console.toString()).doesNotContain("s3cr3t-t0ken");
    }

    @Test
    void no_command_shows_the_commands_and_the_exit_codes() {
        assertThat(run()).isEqualTo(ExitCodes.USAGE);

        assertThat(console.toString()).contains("Commands:").contains("demo").contains("Exit codes: 0 completed");
    }

    @Test
    void a_configuration_error_is_one_line_naming_the_property() {
        assertThat(run("configure-feed")).isEqualTo(ExitCodes.USAGE);

        assertThat(console.toString().strip()).isEqualTo("configuration error: vtex.tracking.username is required");
    }

    @Test
    void reset_external_takes_the_erp_order_id_and_nothing_else() {
        assertThat(run("reset-external", "ERP-1001")).isZero();
        assertThat(run("reset-external")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("reset-external", "ERP-1001", "ERP-1002")).isEqualTo(ExitCodes.USAGE);

        assertThat(received).containsExactly("reset-external ERP-1001");
        assertThat(console.toString()).contains("Missing required parameter: 'ERP_ORDER_ID'");
    }

    @Test
    void a_job_parameter_without_a_name_is_refused_and_never_repeated() {
        assertThat(run("start", "nativeImport", "s3cr3t-t0ken")).isEqualTo(ExitCodes.USAGE);

        assertThat(received).isEmpty();
        assertThat(console.toString()).doesNotContain("s3cr3t-t0ken")
                .contains("start: not understood: a value (value not shown) (values are never shown; a property is --name=value, a job parameter name=value)");
    }

    @Test
    void every_command_gets_its_typed_values() {
        assertThat(run("restart", "nativeImport")).isZero();
        assertThat(run("stop", "7")).isZero();
        assertThat(run("order", "1234-01", "--live")).isZero();
        assertThat(run("replay", "1234-01", "--dry-run")).isZero();
        assertThat(run("purge", "--older-than", "90d")).isZero();
        assertThat(run("start", "statusSync")).isZero();

        assertThat(received).containsExactly("restart nativeImport", "stop 7", "order 1234-01 --live", "replay 1234-01 --dry-run",
                "purge 90d", "start statusSync");
    }

    @Test
    void an_unknown_status_is_refused_by_the_parser() {
        assertThat(run("executions", "--status", "DONE")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("executions", "nativeImport", "--status", "FAILED")).isZero();

        assertThat(received).containsExactly("executions nativeImport --status FAILED");
    }
}
