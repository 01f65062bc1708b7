package com.trackingintegration.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application as an operator runs it: each command a new JVM with the real command line, its console captured
 * to a file, every process writing the same log file in the test's folder. {@link #close()} kills what is left.
 */
public final class OperatorProcesses implements AutoCloseable {

    private final Path folder;
    private final List<String> settings;
    /** The log file every process is told to write, or none: the application's own default then, in its working folder. */
    private final Path logFile;
    /** Set in each process's environment, over the test JVM's own: what an operator exports (a database's user and password). */
    private final Map<String, String> environment;
    private final AtomicInteger children = new AtomicInteger();
    private final List<Process> started = new ArrayList<>();

    /** Every process is given these settings after its command (a datasource, VTEX's URLs...), and the log file. */
    public OperatorProcesses(Path folder, List<String> settings) {
        this(folder, settings, folder.resolve("tracking-integration.log"), Map.of());
    }

    private OperatorProcesses(Path folder, List<String> settings, Path logFile, Map<String, String> environment) {
        this.folder = folder;
        this.settings = List.copyOf(settings);
        this.logFile = logFile;
        this.environment = Map.copyOf(environment);
    }

    /**
     * Processes that run in this folder with the application's own defaults: its job repository file and its log file
     * where application.properties puts them, relative to the working folder, as for an operator who sets neither.
     */
    public static OperatorProcesses withShippedDefaults(Path folder, List<String> settings) {
        return new OperatorProcesses(folder, settings, null, Map.of());
    }

    /** Processes as these (close the ones returned), each started with these environment variables too (SPRING_DATASOURCE_USERNAME...). */
    public OperatorProcesses withEnvironment(Map<String, String> variables) {
        return new OperatorProcesses(folder, settings, logFile, variables);
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
                // Short-lived processes: the first JIT tier only and the serial collector spend less CPU starting them,
                // on machines of two cores where a dozen of them run one after another.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), TrackingIntegrationApplication.class.getName()));
        line.addAll(List.of(command));
        line.addAll(settings);
        if (logFile != null) {
            line.add("--logging.file.name=" + logFile.toAbsolutePath());
        }
        Files.createDirectories(folder);
        Path console = folder.resolve("console-" + children.incrementAndGet() + ".txt");
        ProcessBuilder builder = new ProcessBuilder(line).directory(folder.toFile()).redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        started.add(process);
        return new Child(process, console);
    }

    /** The log file every process writes (logging.file.name, or the default), empty if none has written it yet. */
    public String log() throws IOException {
        Path file = logFile != null ? logFile : folder.resolve("data").resolve("logs").resolve("tracking-integration.log");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() {
        started.forEach(Process::destroyForcibly);
    }
}
