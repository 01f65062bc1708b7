package com.trackingintegration.demo;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo runs on its own settings whatever the operator's say. */
class DemoEnvironmentTest {

    private final Path dir = Path.of("target", "demo-environment-" + UUID.randomUUID());

    @Test
    void the_demos_own_database_and_vtex_replace_the_operators_which_are_named_never_shown() {
        String[] operator = {"demo", "--integration.demo.dir=" + dir, "--integration.demo.orders=26",
                "--spring.datasource.url=jdbc:postgresql://prod/ti", "--vtex.oms.app_token=s3cr3t-t0ken", "--vtex.http.max-attempts=3"};
        try (DemoEnvironment demo = DemoEnvironment.prepare(operator, Map.of("VTEX_OMS_BASEURL", "https://loja.vtexcommercestable.com.br",
                "HOME", "/home/ops"), Instant.parse("2026-11-27T12:00:00Z"))) {
            List<String> arguments = Arrays.asList(demo.arguments(operator));

            assertThat(arguments).doesNotContain("--spring.datasource.url=jdbc:postgresql://prod/ti", "--vtex.oms.app_token=s3cr3t-t0ken")
                    .contains("--spring.datasource.url=" + demo.datasourceUrl(), "--vtex.oms.app-token=demo-token",
                            "--vtex.oms.base-url=" + demo.vtex().baseUrl(), "--vtex.http.max-attempts=3", "demo");
            assertThat(demo.ignored()).containsExactly("--spring.datasource.url", "--vtex.oms.app_token", "VTEX_OMS_BASEURL");
        }
    }
}
