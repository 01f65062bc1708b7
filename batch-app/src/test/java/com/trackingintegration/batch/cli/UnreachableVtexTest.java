package com.trackingintegration.batch.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VTEX down at start is not a credential problem: the OMS on a closed port, VTEX Tracking on a socket that takes the
 * connection and never answers. Both are told "unreachable" (exit 5), one line each, and never "refused".
 */
@SpringBootTest(properties = {"vtex.http.connect-timeout=3s", "vtex.http.read-timeout=1s", "vtex.http.max-attempts=2"})
class UnreachableVtexTest {

    /** Bound and listening, so connections are made, but nothing ever reads them or answers. */
    private static final ServerSocket SILENT = silentSocket();

    @Autowired
    JobCommands commands;
    @Autowired
    JdbcTemplate jdbc;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @DynamicPropertySource
    static void vtexOutOfReach(DynamicPropertyRegistry registry) {
        int closedPort = closedPort();
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:file:target/test-db/" + UUID.randomUUID() + "/db;shutdown=true");
        registry.add("vtex.account", () -> "loja");
        registry.add("vtex.oms.app-key", () -> "key");
        registry.add("vtex.oms.app-token", () -> "token");
        registry.add("vtex.tracking.username", () -> "user");
        registry.add("vtex.tracking.password", () -> "password");
        registry.add("vtex.oms.base-url", () -> "http://127.0.0.1:" + closedPort);
        registry.add("vtex.tracking.base-url", () -> "http://127.0.0.1:" + SILENT.getLocalPort() + "/receiver");
    }

    @AfterAll
    static void closeTheSilentSocket() throws IOException {
        SILENT.close();
    }

    private List<String> lines() {
        return console.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void check_says_which_system_could_not_be_reached_and_exits_5_not_refused() {
        int exit = commands.check(new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).startsWith("UNREACHABLE VTEX OMS: could not be reached (VTEX OMS GET /api/oms/pvt/orders?per_page=1:"
                + " no answer after 2 attempts (").endsWith("; nothing was read or sent");
        assertThat(lines().get(1)).startsWith("UNREACHABLE VTEX Tracking: could not be reached (VTEX Tracking POST /auth:"
                + " no answer after 2 attempts (HttpTimeoutException");
        assertThat(lines()).noneSatisfy(line -> assertThat(line).containsIgnoringCase("refused"))
                .noneSatisfy(line -> assertThat(line).containsIgnoringCase("rejected"));
    }

    @Test
    void start_reads_and_sends_nothing_and_exits_5() throws Exception {
        assertThat(commands.start("nativeImport", Map.of("from", "2026-11-26T00:00:00Z", "to", "2026-11-27T00:00:00Z"),
                new PrintStream(console, true, StandardCharsets.UTF_8))).as(console.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCodes.UNREACHABLE);

        assertThat(lines()).allSatisfy(line -> assertThat(line).startsWith("UNREACHABLE "));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isZero();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServerSocket silentSocket() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
