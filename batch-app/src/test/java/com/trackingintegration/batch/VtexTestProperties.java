package com.trackingintegration.batch;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.batch.db.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The properties a job test needs: a fresh job repository database, VTEX OMS and Tracking on one WireMock, an ERP inbox. */
public final class VtexTestProperties {

    private VtexTestProperties() {
    }

    /** With a fresh HSQLDB file for the job repository. */
    public static void register(DynamicPropertyRegistry registry, WireMockExtension vtex, Path inbox) {
        register(registry, vtex, inbox, TestDatabase.hsqldbFile());
    }

    /** With this database for the job repository. */
    public static void register(DynamicPropertyRegistry registry, WireMockExtension vtex, Path inbox, TestDatabase database) {
        Map<String, String> datasource = Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password());
        Set<String> names = new LinkedHashSet<>(of("http://placeholder", inbox).keySet());
        names.addAll(datasource.keySet());
        // Read when Spring asks: WireMock's port is known only once it started.
        names.forEach(name -> registry.add(name, () -> datasource.containsKey(name) ? datasource.get(name) : of(vtex.baseUrl(), inbox).get(name)));
    }

    /** The same properties by name, for a test that starts the application from its command line. */
    public static Map<String, String> of(String vtexBaseUrl, Path inbox) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", TestDatabase.hsqldbFile().url());
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
