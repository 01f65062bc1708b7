package com.trackingintegration.batch.config;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Refuses a log file that is one of the HSQLDB job repository's own files, before Boot's logging opens it. Seen: the
 * log was {@code ./data/tracking-integration.log}, the database {@code ./data/tracking-integration}, whose redo log
 * has that very name. HSQLDB replaced the file at every open and deleted it at every close, so no stack trace ever
 * survived a run, and HSQLDB would have replayed log lines as its own after a crash.
 */
public final class LogFileCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** HSQLDB's files beside {@code <database>}: its properties, script, redo log, data, large objects, backup. */
    private static final List<String> DATABASE_FILES = List.of(".properties", ".script", ".log", ".data", ".lobs", ".backup", ".tmp", ".lck");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(Environment environment) {
        String logFile = environment.getProperty("logging.file.name", "");
        Optional<Path> database = new JobRepositoryUrl(environment.getProperty("spring.datasource.url", "")).hsqldbFile();
        if (logFile.isBlank() || database.isEmpty()) {
            return;
        }
        Path log = Path.of(logFile).toAbsolutePath().normalize();
        for (String extension : DATABASE_FILES) {
            if (log.equals(Path.of(database.get() + extension))) {
                throw new InvalidConfigurationException("logging.file.name=" + logFile + " is a file of the job repository's own"
                        + " database (spring.datasource.url): HSQLDB would overwrite the log; name another file");
            }
        }
    }

    /** Before Boot's logging listener, which opens the file. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER - 1;
    }
}
