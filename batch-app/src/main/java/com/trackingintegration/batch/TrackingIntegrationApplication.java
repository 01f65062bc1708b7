package com.trackingintegration.batch;

import com.trackingintegration.batch.demo.DemoEnvironment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Instant;

/** The operator's entry point: {@code java -jar tracking-integration.jar <command> [--property=value ...]}. */
@SpringBootApplication
public class TrackingIntegrationApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("stop") && SingleProcessStop.needsExplaining(args)) {
            System.exit(SingleProcessStop.explain(args, System.out));
        }
        System.exit(SpringApplication.exit(run(args)));
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
