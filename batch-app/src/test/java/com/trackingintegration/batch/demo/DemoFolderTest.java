package com.trackingintegration.batch.demo;

import com.trackingintegration.batch.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo clears only a folder it made. */
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
}
