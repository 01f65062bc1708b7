package com.trackingintegration.batch.config;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * A dry run ({@code --integration.dry-run=true}): everything is read and judged, nothing is written to VTEX, the
 * ledger, the cursor or the deferred orders; the report says what would have happened. The execution carries it as
 * the job parameter {@value #PARAMETER}, so a restart stays what its run was whatever the setting says by then, and
 * every step asks the execution, not the setting.
 */
public final class DryRun {

    public static final String PARAMETER = "dry.run";
    public static final String ANNOUNCEMENT = "dry run: reads and judges, writes nothing to VTEX, the ledger, the cursor or the deferred orders";

    private DryRun() {
    }

    public static boolean of(JobParameters parameters) {
        return "true".equals(parameters.getString(PARAMETER));
    }

    public static boolean of(JobExecution execution) {
        return of(execution.getJobParameters());
    }

    public static boolean of(StepExecution step) {
        return of(step.getJobExecution());
    }
}
