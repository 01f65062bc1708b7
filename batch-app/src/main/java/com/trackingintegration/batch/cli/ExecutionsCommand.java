package com.trackingintegration.batch.cli;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import java.io.PrintStream;
import java.util.Optional;

/** {@code executions [job] [--status S]}: the latest executions, newest first. */
public final class ExecutionsCommand {

    private final JobExecutions jobs;

    public ExecutionsCommand(JobExecutions jobs) {
        this.jobs = jobs;
    }

    public int run(Optional<String> job, Optional<BatchStatus> status, PrintStream out) {
        out.printf("%-6s %-16s %-10s %-24s %-24s %8s %8s%n", "id", "job", "status", "start", "end", "read", "written");
        for (JobExecution e : jobs.latest(job, status, 50)) {
            long read = e.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum();
            long written = e.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
            out.printf("%-6d %-16s %-10s %-24s %-24s %8d %8d%n", e.getId(), e.getJobInstance().getJobName(), e.getStatus(),
                    e.getStartTime() == null ? "" : e.getStartTime(), e.getEndTime() == null ? "" : e.getEndTime(), read, written);
        }
        return ExitCodes.COMPLETED;
    }
}
