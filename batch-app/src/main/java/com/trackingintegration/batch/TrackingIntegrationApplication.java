package com.trackingintegration.batch;

import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.batch.config.JobRepositoryInUseException;
import com.trackingintegration.batch.config.LogFileCheck;
import com.trackingintegration.batch.demo.DemoLaunch;
import com.trackingintegration.batch.monitoring.ManagementServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Instant;

/** The operator's entry point: {@code java -jar tracking-integration.jar <command> [--property=value ...]}. */
@SpringBootApplication
public class TrackingIntegrationApplication {

    /** HSQLDB's ErrorCode.LOCK_FILE_ACQUISITION_FAILURE, as its JDBC driver reports it. */
    private static final int HSQLDB_LOCK_ACQUISITION_FAILURE = -451;

    public static void main(String[] args) {
        // First, before anything asks for a logger (logback-before-start.xml says why).
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-before-start.xml");
        }
        if (args.length > 0 && args[0].equals("stop") && SingleProcessStop.needsExplaining(args)) {
            System.exit(SingleProcessStop.explain(args, System.out));
        }
        ConfigurableApplicationContext context;
        try {
            context = run(args);
        } catch (RuntimeException startupFailed) {
            StartupTrace.record(startupFailed, args);
            System.exit(startupFailure(startupFailed, System.out));
            return;
        }
        System.exit(SpringApplication.exit(context));
    }

    /**
     * A setting refused while the application starts (the jobs read some when they are built) is one line naming the
     * property, and a usage exit code, not Spring's chain of bean creation errors; so is a job repository another
     * process has open. Anything else is one line too, its stack trace in the log file ({@link StartupTrace}).
     */
    static int startupFailure(RuntimeException failure, PrintStream out) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidConfigurationException) {
                out.println("configuration error: " + cause.getMessage());
                return ExitCodes.USAGE;
            }
            if (cause instanceof JobRepositoryInUseException) {
                out.println(cause.getMessage());
                return ExitCodes.USAGE;
            }
            if (cause instanceof SQLException sql && sql.getErrorCode() == HSQLDB_LOCK_ACQUISITION_FAILURE) {
                // HSQLDB's own lock, held by a process that does not take ours (another tool, an older version).
                out.println("the job repository is in use by another process (HSQLDB: " + sql.getMessage() + ")");
                return ExitCodes.USAGE;
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        out.println("error: the application could not start: " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage())
                + " (the stack trace is in the log file)");
        return ExitCodes.FAILED;
    }

    /**
     * Runs a command. For {@code demo}, a simulated VTEX and a fresh demo inbox and job repository are prepared first,
     * and the application is pointed at them: the demo runs the real jobs, with no VTEX account. Only {@code serve} with a
     * management port runs a web server ({@link ManagementServer}).
     */
    public static ConfigurableApplicationContext run(String[] args) {
        SpringApplication application = new SpringApplication(TrackingIntegrationApplication.class);
        application.addListeners(new LogFileCheck());
        if (args.length == 0 || !args[0].equals("demo")) {
            return application.run(withWebType(args, args));
        }
        return application.run(withWebType(args, DemoLaunch.prepare(application, args, Instant.now())));
    }

    /**
     * The web type as a command-line property, not {@code setWebApplicationType}: application.properties says
     * {@code none} (so that no context, a test's included, becomes a web one because Actuator's web starter is on the
     * class path), and Boot binds {@code spring.main.*} over what was set in code; a command-line property wins over it.
     */
    private static String[] withWebType(String[] typed, String[] args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--spring.main.web-application-type=" + ManagementServer.webApplicationType(typed).name().toLowerCase(java.util.Locale.ROOT);
        return all;
    }
}
