package com.trackingintegration.batch.config;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names under {@code vtex.} and {@code integration.} as an operator writes them, on the command line, in the
 * environment or in the properties file beside the jar, against the names the settings records bind.
 */
class UnknownSettingsTest {

    private static final SettingNames NAMES = SettingNames.of(Map.of("integration", IntegrationProperties.class, "vtex", VtexProperties.class,
            "integration.lease", LeaseProperties.class));

    private static List<String> problems(PropertySource<?>... sources) {
        MutablePropertySources all = new MutablePropertySources();
        for (PropertySource<?> source : sources) {
            all.addLast(source);
        }
        return new UnknownSettings(NAMES).in(all);
    }

    private static PropertySource<?> commandLine(String... arguments) {
        return new SimpleCommandLinePropertySource(arguments);
    }

    private static PropertySource<?> environment(String... variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String variable : variables) {
            values.put(variable, "value");
        }
        return new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, values);
    }

    @Test
    void a_misspelt_carriers_on_the_command_line_is_named_with_the_setting_it_meant() {
        assertThat(problems(commandLine("--integration.carrier=Motoboy")))
                .containsExactly("unknown setting integration.carrier (command line): did you mean integration.carriers?");
    }

    @Test
    void springs_relaxed_forms_of_a_known_name_are_that_name() {
        assertThat(problems(commandLine("--integration.chunk_size=50", "--integration.chunkSize=50", "--integration.CHUNK_SIZE=50",
                "--Integration.Chunk-Size=50", "--vtex.oms.app_key=k", "--integration.carriers[0]=Motoboy", "--integration.issuer_cnpjs[1]=x",
                "--integration.native.source=feed", "--integration.lease.duration=2m", "--integration.demo.dir=/tmp/d",
                "--integration.progress-interval=30s", "--vtex.http.max-retry-after=1m", "--spring.datasource.url=jdbc:x"))).isEmpty();
    }

    @Test
    void environment_variables_are_known_in_every_form_spring_binds_them() {
        assertThat(problems(environment("INTEGRATION_CHUNK_SIZE", "INTEGRATION_CHUNKSIZE", "integration_chunk_size", "INTEGRATION_ERP_INBOX",
                "INTEGRATION_ERP_DONE_MARKER_REQUIRED", "INTEGRATION_CARRIERS_0", "INTEGRATION_ISSUER_CNPJS_1", "VTEX_OMS_APP_TOKEN",
                "INTEGRATION_SCHEDULE_JOBS", "INTEGRATION_LEASE_HEARTBEAT", "PATH", "HOME", "VTEXACCOUNT"))).isEmpty();
    }

    @Test
    void a_misspelt_environment_variable_is_named_with_the_variable_it_meant() {
        assertThat(problems(environment("INTEGRATION_CARRIER", "VTEX_OMS_APP_TOKN")))
                .containsExactlyInAnyOrder("unknown setting INTEGRATION_CARRIER (environment variable): did you mean INTEGRATION_CARRIERS (integration.carriers)?",
                        "unknown setting VTEX_OMS_APP_TOKN (environment variable): did you mean VTEX_OMS_APP_TOKEN (vtex.oms.app-token)?");
    }

    @Test
    void the_variables_kubernetes_adds_for_a_service_named_integration_are_not_the_operators_to_fix() {
        assertThat(problems(environment("INTEGRATION_SERVICE_HOST", "INTEGRATION_SERVICE_PORT", "INTEGRATION_SERVICE_PORT_HTTP",
                "INTEGRATION_PORT", "INTEGRATION_PORT_8080_TCP", "INTEGRATION_PORT_8080_TCP_ADDR", "VTEX_PROXY_SERVICE_HOST"))).isEmpty();
    }

    @Test
    void a_name_below_a_single_value_or_a_group_alone_is_no_setting() {
        assertThat(problems(commandLine("--integration.chunk-size.max=5", "--integration.erp=./inbox", "--integration.carriers.first=Motoboy")))
                .containsExactlyInAnyOrder("unknown setting integration.chunk-size.max (command line): did you mean integration.chunk-size?",
                        "unknown setting integration.erp (command line): did you mean integration.erp.inbox?",
                        "unknown setting integration.carriers.first (command line): did you mean integration.carriers?");
    }

    @Test
    void the_properties_file_beside_the_jar_is_named_and_no_value_is_ever_shown() {
        PropertySource<?> file = new MapPropertySource("Config resource 'file [application.properties]' via location 'optional:file:./'",
                Map.of("vtex.oms.apptokn", "s3cr3t-token"));

        List<String> problems = problems(file);

        assertThat(problems).containsExactly("unknown setting vtex.oms.apptokn (application.properties): did you mean vtex.oms.app-token?");
        assertThat(String.join("\n", problems)).doesNotContain("s3cr3t");
    }

    @Test
    void the_known_names_are_the_records_components_with_their_renames() {
        assertThat(NAMES.names()).contains("integration.native.source", "integration.erp.done-marker-required", "integration.schedule.jobs",
                "integration.demo.orders", "integration.progress-interval", "integration.lease.heartbeat", "vtex.oms.max-requests-per-second")
                .doesNotContain("integration.native-import.source", "integration.native", "integration.erp");
    }
}
