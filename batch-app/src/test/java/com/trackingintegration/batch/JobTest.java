package com.trackingintegration.batch;

import com.trackingintegration.batch.cli.JobCommands;
import com.trackingintegration.batch.db.TestDatabases;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * What the job tests share: VTEX OMS and Tracking on one WireMock, a fresh job repository database and ERP inbox per
 * Spring context, the operator's commands, and the console they print to. Each test class sets its own properties.
 * Every job test runs on each database the product runs on: on an HSQLDB file by default, and on PostgreSQL in the
 * second Surefire run batch-app's pom makes of the classes tagged {@value #TAG} ({@link TestDatabases#selected}).
 */
@Tag(JobTest.TAG)
public abstract class JobTest {

    /** The tag of the tests run on every database (inherited by each subclass); batch-app's pom names it too. */
    public static final String TAG = "job-test";

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

    /** Spring calls this for each context it makes: each gets a job repository database of its own. */
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        VtexTestProperties.register(registry, vtex, INBOX, TestDatabases.selected().forJobTest());
    }

    /** {@code start <job> [name=value ...]} as the operator types it; the exit code. */
    protected int start(String... arguments) throws Exception {
        return commands.start(arguments[0], parameters(arguments), new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    /** The job parameters after the job's name, {@code name=value} each, as picocli hands them to the command. */
    private static Map<String, String> parameters(String... arguments) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String word : List.of(arguments).subList(1, arguments.length)) {
            int equals = word.indexOf('=');
            parameters.put(word.substring(0, equals), word.substring(equals + 1));
        }
        return parameters;
    }

    /**
     * No writing request reached VTEX (OMS, Tracking, Orders Feed): no POST, PUT, PATCH or DELETE. Tracking's
     * authentication is a POST that writes nothing (it hands out a token), and the credential check makes it.
     */
    protected static void assertNothingWrittenToVtex() {
        vtex.verify(0, postRequestedFor(urlPathMatching("(?!/receiver/auth$).*")));
        vtex.verify(0, putRequestedFor(anyUrl()));
        vtex.verify(0, patchRequestedFor(anyUrl()));
        vtex.verify(0, deleteRequestedFor(anyUrl()));
    }

    /** The rows of these tables, each table in a fixed order: to compare before and after a run. */
    protected Map<String, List<Map<String, Object>>> rowsOf(String... tables) {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.queryForList("SELECT * FROM " + table + " ORDER BY 1, 2"));
        }
        return rows;
    }

    protected long lastExecution() {
        return jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
    }
}
