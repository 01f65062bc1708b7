package com.trackingintegration.batch;

import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.batch.demo.DemoEnvironment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.time.Instant;

/** The operator's entry point: {@code java -jar tracking-integration.jar <command> [--property=value ...]}. */
@SpringBootApplication
public class TrackingIntegrationApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("stop") && SingleProcessStop.needsExplaining(args)) {
            System.exit(SingleProcessStop.explain(args, System.out));
        }
        ConfigurableApplicationContext context;
        try {
            context = run(args);
        } catch (RuntimeException startupFailed) {
            System.exit(startupFailure(startupFailed, System.out));
            return;
        }
        System.exit(SpringApplication.exit(context));
    }

    /**
     * A setting refused while the application starts (the jobs read some when they are built) is one line naming the
     * property, and a usage exit code, not Spring's chain of bean creation errors; anything else is rethrown.
     */
    static int startupFailure(RuntimeException failure, PrintStream out) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidConfigurationException) {
                out.println("configuration error: " + cause.getMessage());
                return ExitCodes.USAGE;
            }
        }
        throw failure;
    }

    /**
     * Runs a command. For {@code demo}, a simulated VTEX and a fresh demo inbox and job repository are prepared first,
     * and the application is pointed at them: the demo runs the real jobs, with no VTEX account.
     */
    public static ConfigurableApplicationContext run(String[] args) {
        SpringApplication application = new SpringApplication(TrackingIntegrationApplication.class);
        if (args.length == 0 || !args[0].equals("demo")) {
            return application.run(args);
        }
        DemoEnvironment demo = DemoEnvironment.prepare(args, Instant.now());
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("demoEnvironment", demo));
        return application.run(demo.arguments(args));
    }
}
