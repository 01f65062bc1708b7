package com.trackingintegration.batch.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.dao.PessimisticLockingFailureException;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A launch (start or restart) that met a serialization failure of the job repository is tried once more. On
 * PostgreSQL, creating a job's instance and execution can lose to another process's creation at the same moment
 * (spring-batch #1497, #4523): that transaction is rolled back whole and the job has not run, so trying again is safe.
 * (Should one come later, from an update after the run, the second attempt meets the execution already made and goes on
 * as a restart does: the ledger still sends each invoice once.) A second failure is one line on the console, the trace
 * in the log, and a failed exit: a repository under such contention is for an operator to see, not to hide behind more
 * attempts.
 */
final class LaunchRetry {

    private static final Logger log = LoggerFactory.getLogger(LaunchRetry.class);
    /** The SQL standard's serialization_failure: what PostgreSQL answers, whatever Spring made of it on the way up. */
    private static final String SERIALIZATION_FAILURE = "40001";
    /** The launch, and one retry. */
    private static final int ATTEMPTS = 2;

    /** Starts or restarts a job: creates its execution and runs it. */
    @FunctionalInterface
    interface Launch {
        JobExecution call() throws Exception;
    }

    private LaunchRetry() {
    }

    /** The execution launched, or empty (the operator told, in one line) after a second serialization failure. */
    static Optional<JobExecution> once(String job, Launch launch, PrintStream out) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.of(launch.call());
            } catch (Exception failure) {
                if (!serializationFailure(failure)) {
                    throw failure;
                }
                if (attempt == ATTEMPTS) {
                    // INFO: the trace for the log file only; the console has the FAILED line below, one line for one problem.
                    log.info("Launching {} met a serialization failure of the job repository a second time", job, failure);
                    out.println("FAILED: " + job + " could not be launched: the job repository refused it twice with a serialization failure"
                            + " (another process wrote the same rows at the same moment); see 'executions', then start or restart it again");
                    return Optional.empty();
                }
                log.warn("Launching {} met a serialization failure of the job repository; trying once more", job, failure);
            }
        }
    }

    /** Spring's translation (PessimisticLockingFailureException, CannotSerializeTransactionException among them), or SQLState 40001 underneath. */
    static boolean serializationFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PessimisticLockingFailureException
                    || cause instanceof SQLException sql && SERIALIZATION_FAILURE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
