package com.trackingintegration.batch.demo;

import com.trackingintegration.batch.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo clears only a folder it made, and runs on its own settings whatever the operator's say. */
class DemoFolderTest {

    private final Path dir = Path.of("target", "demo-folder-" + UUID.randomUUID());

    @Test
    void a_folder_of_the_operators_is_left_intact_and_the_demo_refused() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("invoices-2026.csv"), "the operator's own file");

        assertThatThrownBy(() -> DemoFolder.prepare(dir)).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("is not a folder the demo made").hasMessageContaining("nothing was deleted");

        assertThat(Files.readString(dir.resolve("invoices-2026.csv"))).isEqualTo("the operator's own file");
        assertThat(dir.resolve(DemoFolder.MARKER)).doesNotExist();
    }

    @Test
    void a_folder_the_demo_made_is_cleared_and_so_is_an_empty_or_absent_one() throws Exception {
        DemoFolder.prepare(dir);
        assertThat(dir.resolve(DemoFolder.MARKER)).exists();
        Files.writeString(dir.resolve("left-by-the-last-demo.txt"), "x");

        DemoFolder.prepare(dir);

        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly(DemoFolder.MARKER);
        }
        Path empty = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-empty"));
        DemoFolder.prepare(empty);
        assertThat(empty.resolve(DemoFolder.MARKER)).exists();
    }

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
