package com.trackingintegration.batch.db;

import org.hsqldb.server.Server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/**
 * The databases an operator runs the application on, for tests whose every command is a new JVM
 * ({@code @ParameterizedClass @EnumSource}): HSQLDB (a file, or a server when several processes share it) and
 * PostgreSQL (a fresh database of the shared test server, a server either way).
 */
public enum OperatorDatabases {
    HSQLDB {
        @Override
        public OperatorDatabase ownedBy(Path folder) {
            // As an operator writes it: none of the flags the project's default URL carries (durability is the application's).
            return new OperatorDatabase(new TestDatabase("jdbc:hsqldb:file:" + folder.toAbsolutePath() + "/db", "SA", ""), false, () -> { });
        }

        @Override
        public OperatorDatabase server(Path folder) {
            Server server = new Server();
            server.setSilent(true);
            server.setDatabaseName(0, "ti");
            server.setDatabasePath(0, "file:" + folder.toAbsolutePath() + "/server-db");
            int port = freePort();
            server.setPort(port);
            server.setAddress("127.0.0.1");
            server.start();
            return new OperatorDatabase(new TestDatabase("jdbc:hsqldb:hsql://127.0.0.1:" + port + "/ti", "SA", ""), true, server::shutdown);
        }
    },
    POSTGRESQL {
        @Override
        public OperatorDatabase ownedBy(Path folder) {
            return server(folder);
        }

        @Override
        public OperatorDatabase server(Path folder) {
            return new OperatorDatabase(TestPostgres.freshDatabase(), true, () -> { });
        }
    };

    /** The database one process at a time opens, as by default: the HSQLDB file; on PostgreSQL, a server all the same. */
    public abstract OperatorDatabase ownedBy(Path folder);

    /** A database server several processes share at once (stop, executions from another process, run leases). */
    public abstract OperatorDatabase server(Path folder);

    /**
     * A database for child JVMs, and what stops it when the test is done.
     *
     * @param shared whether several processes open it at once (a server); the HSQLDB file is opened by one process, so the
     *               test itself must never connect to it while a child may need it
     */
    public record OperatorDatabase(TestDatabase database, boolean shared, Runnable stop) implements AutoCloseable {

        /** The one setting of the command line: the URL. */
        public String urlSetting() {
            return "--spring.datasource.url=" + database.url();
        }

        /** The user and password, from the environment as an operator exports them, never on a command line. */
        public Map<String, String> credentials() {
            return Map.of("SPRING_DATASOURCE_USERNAME", database.username(), "SPRING_DATASOURCE_PASSWORD", database.password());
        }

        @Override
        public void close() {
            stop.run();
        }
    }

    private static int freePort() {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
