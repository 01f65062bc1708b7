package com.trackingintegration.batch.monitoring;

import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Whether this process runs a web server: only {@code serve} given a management port
 * ({@code --management.server.port=N} on its command line, or {@code MANAGEMENT_SERVER_PORT} in its environment) does,
 * for Actuator's health and Prometheus endpoints on that port alone. Every other command, and {@code serve} without
 * it, opens no port: a nightly {@code start} from cron must not take a port or collide with the server.
 */
public final class ManagementServer {

    static final String PORT = "management.server.port";

    private ManagementServer() {
    }

    public static WebApplicationType webApplicationType(String[] args) {
        if (args.length == 0 || !args[0].equals("serve")) {
            return WebApplicationType.NONE;
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        String port = environment.getProperty(PORT, "").trim();
        // -1 is Actuator's own "no management server"; an unparsable port is left to Boot, which names the property.
        return port.isEmpty() || port.equals("-1") ? WebApplicationType.NONE : WebApplicationType.SERVLET;
    }
}
