package com.trackingintegration.batch.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the job repository's JDBC URL says about who else can open it. An HSQLDB file or in-memory database is open
 * by one process at a time (HSQLDB's lock file); any other database (an HSQLDB server, PostgreSQL) is shared.
 */
public record JobRepositoryUrl(String url) {

    private static final String HSQLDB_FILE = "jdbc:hsqldb:file:";

    /** The database's files without their extension ({@code ./data/tracking-integration}), for an HSQLDB file URL. */
    public Optional<Path> hsqldbFile() {
        if (!url.startsWith(HSQLDB_FILE)) {
            return Optional.empty();
        }
        String path = url.substring(HSQLDB_FILE.length());
        int properties = path.indexOf(';');
        path = properties < 0 ? path : path.substring(0, properties);
        if (path.startsWith("~/")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(Path.of(path).toAbsolutePath().normalize());
    }

    /** No other process can open this database while this one has it open. */
    public boolean singleProcess() {
        return url.startsWith(HSQLDB_FILE) || url.startsWith("jdbc:hsqldb:mem:");
    }
}
