package com.trackingintegration.batch.cli;

import com.trackingintegration.domain.port.RemoteSystemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import java.io.PrintStream;

/**
 * How a run that a command waited for ended, for the operator: its report, the summary line of what it cost, and for
 * a failure the cause and the restart to type; the exit code.
 */
final class RunEnd {

    private static final Logger log = LoggerFactory.getLogger(RunEnd.class);

    private final RunReport report;

    RunEnd(RunReport report) {
        this.report = report;
    }

    /** @return the exit code: the execution's status, or 7 when a completed reconcile found what a person must act on */
    int of(JobExecution execution, String summary, PrintStream out) {
        report.print(execution.getId(), out, false, false);
        out.println(summary);
        if (execution.getStatus() == BatchStatus.FAILED) {
            String cause = execution.getAllFailureExceptions().stream().map(RunEnd::rootCause).findFirst().orElse("see the log");
            out.println("FAILED: " + cause);
            out.println("fix the cause, then: restart " + execution.getId());
            log.error("Execution {} failed", execution.getId(), execution.getAllFailureExceptions().stream().findFirst().orElse(null));
        }
        if (execution.getStatus() == BatchStatus.COMPLETED && report.needsAttention(execution.getId())) {
            return ExitCodes.ATTENTION;
        }
        return ExitCodes.of(execution.getStatus());
    }

    /** What the operator must fix: the call that failed, not the batch machinery that carried the failure up. */
    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof RemoteSystemException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
