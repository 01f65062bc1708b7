package com.trackingintegration.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application as an operator runs it: each command a new JVM with the real command line, its console captured
 * to a file, every process writing the same log file in the test's folder. {@link #close()} kills what is left.
 */
public final class OperatorProcesses implements AutoCloseable {

    private final Path folder;
    private final List<String> settings;
    private final AtomicInteger children = new AtomicInteger();
    private final List<Process> started = new ArrayList<>();

    /** Every process is given these settings after its command (a datasource, VTEX's URLs...), and the log file. */
    public OperatorProcesses(Path folder, List<String> settings) {
        this.folder = folder;
        this.settings = List.copyOf(settings);
    }

    /** What a command printed and how it ended. */
    public record Run(int exit, String output) {
    }

    /** A process still going, and what it has printed so far. */
    public record Child(Process process, Path console) {
        public String output() throws IOException {
            return Files.readString(console, StandardCharsets.UTF_8);
        }

        /** Waits (two minutes at most) until it has printed this. */
        public void awaitOutput(String text) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!output().contains(text)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the process never printed '" + text + "': " + output());
                }
                Thread.sleep(50);
            }
        }
    }

    /** Runs a command to its end (three minutes at most). */
    public Run run(String... command) throws Exception {
        Child child = launch(command);
        if (!child.process().waitFor(180, TimeUnit.SECONDS)) {
            child.process().destroyForcibly();
            throw new AssertionError("the command did not end in 3 minutes: " + String.join(" ", command));
        }
        return new Run(child.process().exitValue(), child.output());
    }

    public Child launch(String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TrackingIntegrationApplication.class.getName()));
        line.addAll(List.of(command));
        line.addAll(settings);
        line.add("--logging.file.name=" + logFile().toAbsolutePath());
        Files.createDirectories(folder);
        Path console = folder.resolve("console-" + children.incrementAndGet() + ".txt");
        Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        started.add(process);
        return new Child(process, console);
    }

    /** The log file every process writes (logging.file.name), empty if none has written it yet. */
    public String log() throws IOException {
        return Files.exists(logFile()) ? Files.readString(logFile(), StandardCharsets.UTF_8) : "";
    }

    private Path logFile() {
        return folder.resolve("tracking-integration.log");
    }

    @Override
    public void close() {
        started.forEach(Process::destroyForcibly);
    }
}
