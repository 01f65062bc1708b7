package com.trackingintegration.batch;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.batch.cli.JobCommands;
import com.trackingintegration.batch.store.JdbcOutcomes;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * What the job tests share: VTEX OMS and Tracking on one WireMock, a fresh HSQLDB file and ERP inbox per Spring
 * context, the operator's commands, and the console they print to. Each test class sets its own properties.
 */
public abstract class JobTest {

    @RegisterExtension
    protected static WireMockExtension vtex = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    protected static final Path INBOX = Path.of("target", "job-inbox-" + UUID.randomUUID());

    @Autowired
    protected JobCommands commands;
    @Autowired
    protected JdbcOutcomes outcomes;
    @Autowired
    protected JdbcTemplate jdbc;

    protected final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        VtexTestProperties.register(registry, vtex, INBOX);
    }

    /** {@code start <job> [name=value ...]} as the operator types it; the exit code. */
    protected int start(String... arguments) throws Exception {
        return commands.start(List.of(arguments), new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    protected long lastExecution() {
        return jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
    }
}
