package com.trackingintegration.batch;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.nativeimport.VtexStubs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator who sets nothing but the credentials sees when the application cannot do its work: one line on the
 * console, and the stack trace still in the default log file once the process has ended. Each is a new JVM started in
 * its own folder, with the application's defaults for the job repository and the log file.
 */
class StartupFailuresTest {

    @RegisterExtension
    static WireMockExtension vtex = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final Path folder = Path.of("target", "startup-failures", UUID.randomUUID().toString()).toAbsolutePath();
    private final OperatorProcesses processes = OperatorProcesses.withShippedDefaults(folder, List.of(
            "--vtex.account=loja", "--vtex.oms.app-key=key", "--vtex.oms.app-token=token",
            "--vtex.tracking.username=user", "--vtex.tracking.password=password", "--vtex.oms.base-url=" + vtex.baseUrl(),
            "--vtex.tracking.base-url=" + vtex.baseUrl() + "/receiver", "--vtex.http.max-attempts=1"));

    @AfterEach
    void noChildLeftBehind() {
        processes.close();
    }

    @Test
    void a_failed_run_with_the_default_log_file_keeps_its_stack_trace_there_after_the_process_ends() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("1-01", "invoiced", List.of("7001:Output:Motoboy"), true)));
        vtex.stubFor(post(urlPathEqualTo("/receiver/services")).willReturn(serverError()));

        OperatorProcesses.Run start = processes.run("start", "nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");

        assertThat(start.exit()).as(start.output()).isEqualTo(ExitCodes.FAILED);
        assertThat(start.output()).contains("FAILED: VTEX Tracking POST /services: answered 500").doesNotContain("\tat ");
        assertThat(Files.exists(folder.resolve("data").resolve("tracking-integration.script"))).as("the default job repository").isTrue();
        assertThat(processes.log()).as("the default log file, after the database has closed").contains("OutcomeUnknownException", "\tat ");
    }

    @Test
    void a_demo_refusing_a_folder_of_the_operators_is_one_line_before_spring_has_started() throws Exception {
        Path mine = Files.createDirectories(folder.resolve("mine"));
        Files.writeString(mine.resolve("orders.jsonl"), "the operator's own file");

        OperatorProcesses.Run demo = processes.run("demo", "--integration.demo.dir=" + mine);

        assertThat(demo.exit()).as(demo.output()).isEqualTo(ExitCodes.USAGE);
        assertThat(demo.output()).startsWith("configuration error: integration.demo.dir=").hasLineCount(1);
        assertThat(mine.resolve("orders.jsonl")).hasContent("the operator's own file");
    }

    @Test
    void a_malformed_application_properties_is_one_line_and_its_trace_goes_to_the_log_file() throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("application.properties"), "vtex.account=\\uZZZZ\n");

        OperatorProcesses.Run check = processes.run("check");

        assertThat(check.exit()).as(check.output()).isEqualTo(ExitCodes.FAILED);
        assertThat(check.output()).startsWith("error: the application could not start: ").hasLineCount(1);
        assertThat(processes.log()).contains("The application could not start", "\tat ");
    }

    @Test
    void a_log_file_that_is_one_of_the_databases_own_files_is_refused_before_it_is_opened() throws Exception {
        OperatorProcesses.Run check = processes.run("check", "--logging.file.name=./data/tracking-integration.log");

        assertThat(check.exit()).as(check.output()).isEqualTo(ExitCodes.USAGE);
        assertThat(check.output().strip()).isEqualTo("configuration error: logging.file.name=./data/tracking-integration.log is a file of"
                + " the job repository's own database (spring.datasource.url): HSQLDB would overwrite the log; name another file");
        assertThat(folder.resolve("data").resolve("tracking-integration.log")).doesNotExist();
    }
}
