package com.trackingintegration.batch;

import com.trackingintegration.batch.config.InvalidConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Properties;

/**
 * Where a start-up failure's stack trace goes: the log file, never the console. Once Boot has set up logging (it then
 * names the file in the system property {@code LOG_FILE}) the trace is logged at INFO under a name the console filter
 * leaves out. A failure before that (the demo's folder refused before Spring starts, a malformed application.properties)
 * would go through Logback's default console set-up, a whole trace on the console: the trace is appended to the log file
 * by hand then. A refused setting needs no trace: its one line says everything, and the log file may be what was refused.
 */
final class StartupTrace {

    /**
     * Logged under a name outside the application class's (its level is WARN, to keep Boot's start-up lines out of
     * the log), at INFO: the console shows WARN and above.
     */
    private static final Logger log = LoggerFactory.getLogger("com.trackingintegration.batch.Startup");
    private static final String LOG_FILE = "logging.file.name";

    private StartupTrace() {
    }

    static void record(RuntimeException failure, String[] args) {
        if (System.getProperty("LOG_FILE") != null) {
            log.info("The application could not start", failure);
        } else if (!refusedSetting(failure)) {
            append(Path.of(logFile(args)), failure);
        }
    }

    private static boolean refusedSetting(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidConfigurationException) {
                return true;
            }
        }
        return false;
    }

    /** As Boot would have resolved it: the command line, the environment, then the application's own default. */
    private static String logFile(String[] args) {
        String fromLine = null;
        for (String arg : args) {
            if (arg.startsWith("--" + LOG_FILE + "=")) {
                fromLine = arg.substring(LOG_FILE.length() + 3);
            }
        }
        if (fromLine != null) {
            return fromLine;
        }
        String fromEnvironment = System.getenv("LOGGING_FILE_NAME");
        return fromEnvironment != null ? fromEnvironment : bundledDefault();
    }

    private static String bundledDefault() {
        Properties defaults = new Properties();
        try (InputStream in = StartupTrace.class.getResourceAsStream("/application.properties")) {
            defaults.load(in);
        } catch (IOException | RuntimeException unreadable) {
            return "tracking-integration.log";
        }
        return defaults.getProperty(LOG_FILE, "tracking-integration.log");
    }

    private static void append(Path file, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, Instant.now() + " ERROR The application could not start" + System.lineSeparator() + trace,
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | UncheckedIOException | SecurityException unwritable) {
            // Nowhere to write it: the console's one line is all there is, as it would be without a log file.
        }
    }
}
