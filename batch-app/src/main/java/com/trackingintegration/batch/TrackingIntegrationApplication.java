package com.trackingintegration.batch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The operator's entry point: {@code java -jar tracking-integration.jar <command> [--property=value ...]}. */
@SpringBootApplication
public class TrackingIntegrationApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(TrackingIntegrationApplication.class, args)));
    }
}
