package com.trackingintegration.batch.store;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The run lease of each job (TI_RUN_LEASE): which process runs it, until when. Each change is one statement, so two
 * processes asking at the same moment cannot both get it: the row's primary key lets one insert win, and a taken row
 * is only updated where it has expired (or is the asker's own).
 */
public class JdbcRunLeases {

    /** A job's lease as stored: its holder, the execution it runs (once started), and when it expires unless renewed. */
    public record Lease(String job, String holder, Optional<Long> executionId, Instant expiresAt) {
    }

    private final JdbcTemplate jdbc;

    public JdbcRunLeases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param expiredBefore a lease expiring before this instant is free to take */
    public boolean take(String job, String holder, Instant expiresAt, Instant expiredBefore) {
        int updated = jdbc.update("UPDATE TI_RUN_LEASE SET HOLDER = ?, EXECUTION_ID = NULL, EXPIRES_AT = ? WHERE JOB_NAME = ?"
                + " AND (EXPIRES_AT < ? OR HOLDER = ?)", holder, UtcTimes.column(expiresAt), job, UtcTimes.column(expiredBefore), holder);
        if (updated == 1) {
            return true;
        }
        try {
            return jdbc.update("INSERT INTO TI_RUN_LEASE (JOB_NAME, HOLDER, EXPIRES_AT) VALUES (?, ?, ?)", job, holder, UtcTimes.column(expiresAt)) == 1;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    /** False when the lease is no longer this holder's: it expired and another process took it. */
    public boolean renew(String job, String holder, Instant expiresAt) {
        return jdbc.update("UPDATE TI_RUN_LEASE SET EXPIRES_AT = ? WHERE JOB_NAME = ? AND HOLDER = ?", UtcTimes.column(expiresAt), job, holder) == 1;
    }

    public void attach(String job, String holder, long executionId) {
        jdbc.update("UPDATE TI_RUN_LEASE SET EXECUTION_ID = ? WHERE JOB_NAME = ? AND HOLDER = ?", executionId, job, holder);
    }

    public void release(String job, String holder) {
        jdbc.update("DELETE FROM TI_RUN_LEASE WHERE JOB_NAME = ? AND HOLDER = ?", job, holder);
    }

    public Optional<Lease> of(String job) {
        return jdbc.query("SELECT HOLDER, EXECUTION_ID, EXPIRES_AT FROM TI_RUN_LEASE WHERE JOB_NAME = ?", (rs, n) -> new Lease(job, rs.getString(1),
                Optional.ofNullable(rs.getObject(2, Long.class)), UtcTimes.instant(rs.getObject(3, LocalDateTime.class))), job).stream().findFirst();
    }
}
