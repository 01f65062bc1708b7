package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.OperatorProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seen in a cron log: a misspelt secret property printed back whole. Each command here is a new JVM as an operator
 * starts it, and the secret is looked for in everything it wrote: its console and the log file.
 */
class SecretsNeverEchoedTest {

    private static final String SECRET = "S3CRET-" + UUID.randomUUID();

    private final Path folder = Path.of("target", "secrets", UUID.randomUUID().toString());
    private final OperatorProcesses processes = new OperatorProcesses(folder, List.of(
            "--spring.datasource.url=jdbc:hsqldb:file:" + folder.toAbsolutePath() + "/db",
            "--vtex.account=loja", "--vtex.oms.app-key=key", "--vtex.oms.app-token=token",
            "--vtex.tracking.username=user", "--vtex.tracking.password=password"));

    @AfterEach
    void noChildLeftBehind() {
        processes.close();
    }

    @Test
    void a_misspelt_secret_property_is_named_with_its_closest_setting_never_with_its_value() throws Exception {
        OperatorProcesses.Run check = processes.run("check", "--vtex.oms.app_tokn=" + SECRET, "--integration.carrier=Motoboy");

        assertThat(check.exit()).as(check.output()).isEqualTo(ExitCodes.USAGE);
        assertThat(check.output()).contains("vtex.oms.app_tokn", "did you mean vtex.oms.app-token",
                "integration.carrier", "did you mean integration.carriers");
        assertThat(check.output() + processes.log()).doesNotContain(SECRET);
    }

    @Test
    void an_argument_not_understood_and_a_secret_as_a_job_parameter_are_refused_without_their_values() throws Exception {
        OperatorProcesses.Run unknown = processes.run("start", "nativeImport", "--app-token=" + SECRET);
        OperatorProcesses.Run parameter = processes.run("start", "nativeImport", "appToken=" + SECRET);

        assertThat(unknown.exit()).as(unknown.output()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.output()).contains("not understood: --app-token");
        assertThat(parameter.exit()).as(parameter.output()).isEqualTo(ExitCodes.USAGE);
        assertThat(parameter.output()).contains("'appToken' looks like a secret, refused");
        assertThat(unknown.output() + parameter.output() + processes.log()).doesNotContain(SECRET);
    }
}
