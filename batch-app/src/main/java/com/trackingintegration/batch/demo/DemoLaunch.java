package com.trackingintegration.batch.demo;

import com.trackingintegration.demo.DemoEnvironment;
import org.springframework.boot.SpringApplication;

import java.time.Instant;

/**
 * How {@code demo} starts the application: its folder made ready ({@link DemoFolder}), the simulated VTEX and the
 * generated merchant prepared in it, and the application pointed at them, never at the operator's job repository or
 * VTEX account.
 */
public final class DemoLaunch {

    private DemoLaunch() {
    }

    /** @return the command line to start the application with: the operator's, the demo's settings winning */
    public static String[] prepare(SpringApplication application, String[] args, Instant now) {
        DemoFolder.prepare(DemoEnvironment.dir(args));
        DemoEnvironment demo = DemoEnvironment.prepare(args, System.getenv(), now);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("demoEnvironment", demo));
        return demo.arguments(args);
    }
}
