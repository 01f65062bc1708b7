package com.trackingintegration.batch.cli;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code executions [job] [--status S]}: the latest executions, newest first. */
public final class ExecutionsCommand implements OperatorCommand {

    private final JobCommands jobs;

    public ExecutionsCommand(JobCommands jobs) {
        this.jobs = jobs;
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        List<String> rest = new ArrayList<>(arguments);
        Optional<BatchStatus> status = Optional.empty();
        int flag = rest.indexOf("--status");
        if (flag >= 0) {
            if (flag + 1 >= rest.size()) {
                out.println("usage: executions [job] [--status COMPLETED|FAILED|STOPPED|STARTED|ABANDONED]");
                return ExitCodes.USAGE;
            }
            try {
                status = Optional.of(BatchStatus.valueOf(rest.get(flag + 1).toUpperCase()));
            } catch (IllegalArgumentException e) {
                out.println("unknown status '" + rest.get(flag + 1) + "'");
                return ExitCodes.USAGE;
            }
            rest.subList(flag, flag + 2).clear();
        }
        out.printf("%-6s %-16s %-10s %-24s %-24s %8s %8s%n", "id", "job", "status", "start", "end", "read", "written");
        for (JobExecution e : jobs.latest(rest.stream().findFirst(), status, 50)) {
            long read = e.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum();
            long written = e.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
            out.printf("%-6d %-16s %-10s %-24s %-24s %8d %8d%n", e.getId(), e.getJobInstance().getJobName(), e.getStatus(),
                    e.getStartTime() == null ? "" : e.getStartTime(), e.getEndTime() == null ? "" : e.getEndTime(), read, written);
        }
        return ExitCodes.COMPLETED;
    }
}
