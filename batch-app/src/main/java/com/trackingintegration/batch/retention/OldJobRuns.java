package com.trackingintegration.batch.retention;

import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The job runs a purge deletes: whole job instances, each with every execution, step, context and parameter of it
 * (Spring Batch's own {@link JobRepository#deleteJobInstance}) and the outcomes those executions recorded (TI_OUTCOME),
 * in one transaction per instance. A whole instance or nothing: a run's report and a restart read the outcomes of every
 * execution of the instance together (a restart skips the orders its earlier executions did), so an instance is
 * deleted only once its last execution is older than the cut-off, and never while
 * <ul>
 *   <li>any of its executions is unfinished (STARTING, STARTED, STOPPING, UNKNOWN: a run going on, or one a killed
 *   process left, which {@code restart} recovers), or</li>
 *   <li>it can still be restarted: its last execution FAILED or STOPPED ({@code restart} needs its steps' saved
 *   state and outcomes; {@code abandon} it to let it go).</li>
 * </ul>
 * An instance with no execution at all (its launch died between the two inserts) is deleted too: nothing can run it.
 */
public final class OldJobRuns {

    /** Spring Batch writes its times as the JVM's local wall time (LocalDateTime.now()), not as UTC. */
    private static final ZoneId BATCH_TIMES = ZoneId.systemDefault();

    private static final String EXECUTION_OF_I = "SELECT 1 FROM BATCH_JOB_EXECUTION E WHERE E.JOB_INSTANCE_ID = I.JOB_INSTANCE_ID";
    /** An execution's age is that of its last change: when it ended, for a finished one. */
    private static final String ALL_OLD = " AND NOT EXISTS (" + EXECUTION_OF_I + " AND COALESCE(E.LAST_UPDATED, E.CREATE_TIME) >= ?)";
    private static final String NONE_UNFINISHED = " AND NOT EXISTS (" + EXECUTION_OF_I
            + " AND E.STATUS NOT IN ('COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED'))";
    private static final String RESTARTABLE = " AND EXISTS (" + EXECUTION_OF_I + " AND E.STATUS IN ('FAILED', 'STOPPED')"
            + " AND E.JOB_EXECUTION_ID = (SELECT MAX(L.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION L WHERE L.JOB_INSTANCE_ID = I.JOB_INSTANCE_ID))";
    private static final String NOT_RESTARTABLE = RESTARTABLE.replaceFirst(" AND EXISTS", " AND NOT EXISTS");
    private static final String DELETABLE = " FROM BATCH_JOB_INSTANCE I WHERE 1 = 1" + ALL_OLD + NONE_UNFINISHED + NOT_RESTARTABLE;
    private static final String EXECUTIONS_OF_DELETABLE = "SELECT X.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION X WHERE X.JOB_INSTANCE_ID IN"
            + " (SELECT I.JOB_INSTANCE_ID" + DELETABLE + ")";

    private final JdbcTemplate jdbc;
    private final JobRepository repository;
    private final TransactionTemplate transaction;

    public OldJobRuns(JdbcTemplate jdbc, JobRepository repository, PlatformTransactionManager tm) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.transaction = new TransactionTemplate(tm);
    }

    /** What a purge at this cut-off deletes, and the old instances it keeps, counted. */
    public record Counts(long instances, long executions, long outcomes, long keptRestartable, long keptUnfinished) {
    }

    public Counts count(Instant cutoff) {
        LocalDateTime before = batchTime(cutoff);
        return new Counts(count("SELECT COUNT(*)" + DELETABLE, before),
                count("SELECT COUNT(*) FROM (" + EXECUTIONS_OF_DELETABLE + ") D", before),
                count("SELECT COUNT(*) FROM TI_OUTCOME WHERE EXECUTION_ID IN (" + EXECUTIONS_OF_DELETABLE + ")", before),
                count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE I WHERE 1 = 1" + ALL_OLD + NONE_UNFINISHED + RESTARTABLE, before),
                count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE I WHERE 1 = 1" + ALL_OLD + NONE_UNFINISHED.replaceFirst(" AND NOT EXISTS", " AND EXISTS"),
                        before));
    }

    /** The instances a purge at this cut-off deletes, oldest first. */
    public List<Long> deletable(Instant cutoff) {
        return jdbc.queryForList("SELECT I.JOB_INSTANCE_ID" + DELETABLE + " ORDER BY I.JOB_INSTANCE_ID", Long.class, batchTime(cutoff));
    }

    /** What deleting one instance took away: the instance (1, or 0 when it was no longer deletable), its executions and outcomes. */
    public record Deleted(long instances, long executions, long outcomes) {
    }

    /**
     * Deletes one instance, its executions and their outcomes, in one transaction, if it is still deletable (asked
     * again inside the transaction: the list was read before it).
     */
    public Deleted delete(long instanceId, Instant cutoff) {
        return transaction.execute(status -> {
            if (count("SELECT COUNT(*)" + DELETABLE + " AND I.JOB_INSTANCE_ID = ?", batchTime(cutoff), instanceId) == 0) {
                return new Deleted(0, 0, 0);
            }
            JobInstance instance = repository.getJobInstance(instanceId);
            long executions = count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?", instanceId);
            long outcomes = jdbc.update("DELETE FROM TI_OUTCOME WHERE EXECUTION_ID IN"
                    + " (SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID = ?)", instanceId);
            // Joins this transaction: the job repository's methods take part in the caller's (propagation REQUIRED).
            repository.deleteJobInstance(instance);
            return new Deleted(1, executions, outcomes);
        });
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    private static LocalDateTime batchTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, BATCH_TIMES);
    }
}
