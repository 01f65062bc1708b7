package com.trackingintegration.batch.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants kept in TIMESTAMP columns as UTC wall time, through JDBC 4.2's java.time support (no java.sql.Timestamp). */
final class UtcTimes {

    private UtcTimes() {
    }

    static LocalDateTime column(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime column) {
        return column.toInstant(ZoneOffset.UTC);
    }
}
