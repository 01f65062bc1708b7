package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorCommandLineTest {

    private final List<String> received = new ArrayList<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private int run(String... args) {
        Map<String, OperatorCommand> commands = new HashMap<>();
        for (String name : List.of("demo", "check", "start", "restart", "stop", "abandon", "executions", "report", "serve", "configure-feed", "reset-external")) {
            commands.put(name, (arguments, out) -> {
                received.add(name + " " + String.join(" ", arguments));
                return 0;
            });
        }
        commands.put("configure-feed", (arguments, out) -> {
            throw new InvalidConfigurationException("vtex.tracking.username is required");
        });
        OperatorCommandLine line = new OperatorCommandLine(commands, new PrintStream(console, true, StandardCharsets.UTF_8));
        line.run(new DefaultApplicationArguments(args));
        return line.getExitCode();
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

        assertThat(received).containsExactly("check ");
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
    void an_unknown_status_is_refused_by_the_parser() {
        assertThat(run("executions", "--status", "DONE")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("executions", "nativeImport", "--status", "FAILED")).isZero();

        assertThat(received).containsExactly("executions nativeImport --status FAILED");
    }
}
