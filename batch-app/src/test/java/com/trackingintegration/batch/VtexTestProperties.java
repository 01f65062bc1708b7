package com.trackingintegration.batch;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The properties a job test needs: a fresh HSQLDB file, VTEX OMS and Tracking on one WireMock, an ERP inbox. */
public final class VtexTestProperties {

    private VtexTestProperties() {
    }

    public static void register(DynamicPropertyRegistry registry, WireMockExtension vtex, Path inbox) {
        // Read when Spring asks, as before: WireMock's port is known only once it started.
        of("http://placeholder", inbox).keySet().forEach(name -> registry.add(name, () -> of(vtex.baseUrl(), inbox).get(name)));
    }

    /** The same properties by name, for a test that starts the application from its command line. */
    public static Map<String, String> of(String vtexBaseUrl, Path inbox) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", "jdbc:hsqldb:file:target/test-db/" + UUID.randomUUID() + "/db;hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true");
        properties.put("vtex.account", "loja");
        properties.put("vtex.oms.base-url", vtexBaseUrl);
        properties.put("vtex.oms.app-key", "key");
        properties.put("vtex.oms.app-token", "token");
        properties.put("vtex.tracking.base-url", vtexBaseUrl + "/receiver");
        properties.put("vtex.tracking.username", "user");
        properties.put("vtex.tracking.password", "password");
        properties.put("vtex.http.max-attempts", "2");
        properties.put("vtex.http.first-backoff", "10ms");
        properties.put("vtex.http.max-backoff", "20ms");
        properties.put("integration.erp.inbox", inbox.toString());
        return properties;
    }
}
