package com.trackingintegration.batch.demo;

import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.batch.config.JobRepositoryFileLock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder the demo starts afresh each time ({@code integration.demo.dir}), cleared only when the demo made it: it
 * holds the demo's marker, or is empty or absent. A folder of the operator's, named by mistake, is left as it is and the
 * demo does not run. Nor is a demo folder cleared while another demo runs on its job repository.
 */
final class DemoFolder {

    static final String MARKER = ".tracking-integration-demo";

    private DemoFolder() {
    }

    /** The folder, empty but for the demo's marker. */
    static void prepare(Path dir) {
        try {
            if (Files.exists(dir) && !ours(dir)) {
                throw new InvalidConfigurationException("integration.demo.dir=" + dir + " is not a folder the demo made (no " + MARKER
                        + " in it, and it is not empty): nothing was deleted; give the demo an empty or new folder");
            }
            Path database = dir.resolve("db").resolve("tracking-integration");
            if (Files.exists(database.resolveSibling("tracking-integration.in-use"))) {
                // Refused in one line while another demo runs on it; released at once, the demo takes it again as it starts.
                JobRepositoryFileLock.take(database).close();
            }
            deleteRecursively(dir);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKER), "Made by tracking-integration's demo, which clears this folder at each run.\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean ours(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
