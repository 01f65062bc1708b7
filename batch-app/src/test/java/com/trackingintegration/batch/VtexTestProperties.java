package com.trackingintegration.batch;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.nio.file.Path;
import java.util.UUID;

/** The properties a job test needs: a fresh HSQLDB file, VTEX OMS and Tracking on one WireMock, an ERP inbox. */
public final class VtexTestProperties {

    private VtexTestProperties() {
    }

    public static void register(DynamicPropertyRegistry registry, WireMockExtension vtex, Path inbox) {
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:file:target/test-db/" + UUID.randomUUID() + "/db;hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true");
        registry.add("vtex.account", () -> "loja");
        registry.add("vtex.oms.base-url", vtex::baseUrl);
        registry.add("vtex.oms.app-key", () -> "key");
        registry.add("vtex.oms.app-token", () -> "token");
        registry.add("vtex.tracking.base-url", () -> vtex.baseUrl() + "/receiver");
        registry.add("vtex.tracking.username", () -> "user");
        registry.add("vtex.tracking.password", () -> "password");
        registry.add("vtex.http.max-attempts", () -> "2");
        registry.add("vtex.http.first-backoff", () -> "10ms");
        registry.add("vtex.http.max-backoff", () -> "20ms");
        registry.add("integration.erp.inbox", inbox::toString);
    }
}
