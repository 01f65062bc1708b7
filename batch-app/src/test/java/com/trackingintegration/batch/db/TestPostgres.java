package com.trackingintegration.batch.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test JVM, from the binaries zonky ships in a Maven artifact (no Docker, no
 * installed server), started on first use and stopped by its shutdown hook. Each caller gets a database of its own.
 */
public final class TestPostgres {

    /** The superuser initdb makes; the server trusts local connections, so no password is asked. */
    private static final String USER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new, empty database on the shared server: its URL names the server's port, so a child JVM can connect too. */
    public static TestDatabase freshDatabase() {
        EmbeddedPostgres postgres = server();
        String name = "ti_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return new TestDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, USER, "");
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }
}
