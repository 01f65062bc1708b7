package com.trackingintegration.batch.cli;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The job repository's executions as the operator names them: listed, found to restart, stopped, abandoned. */
public final class JobExecutions {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Set<String> jobs;

    JobExecutions(JobOperator operator, JobRepository repository, Set<String> jobs) {
        this.operator = operator;
        this.repository = repository;
        this.jobs = Set.copyOf(jobs);
    }

    /**
     * The execution of that id, if the job repository holds one. Spring Batch 6's JDBC repository answers an unknown
     * id with an exception, not null: an id the operator mistyped is one line, exit 2, not a failure.
     */
    static Optional<JobExecution> byId(JobRepository repository, long executionId) {
        try {
            return Optional.ofNullable(repository.getJobExecution(executionId));
        } catch (EmptyResultDataAccessException none) {
            return Optional.empty();
        }
    }

    /** An execution by its id, or a job's latest execution that did not complete (nor was abandoned). */
    Optional<JobExecution> toRestart(String idOrJob) {
        if (idOrJob.matches("\\d+")) {
            return byId(repository, Long.parseLong(idOrJob));
        }
        if (!jobs.contains(idOrJob)) {
            return Optional.empty();
        }
        return repository.getJobInstances(idOrJob, 0, 20).stream()
                .map(repository::getJobExecutions).flatMap(List::stream)
                .filter(e -> e.getStatus() != BatchStatus.COMPLETED && e.getStatus() != BatchStatus.ABANDONED)
                .max(Comparator.comparing(JobExecution::getId));
    }

    /** The latest executions, newest first, for {@code executions}. */
    public List<JobExecution> latest(Optional<String> job, Optional<BatchStatus> status, int max) {
        return jobs.stream().filter(name -> job.map(name::equals).orElse(true))
                .flatMap(name -> repository.getJobInstances(name, 0, max).stream())
                .map(repository::getJobExecutions).flatMap(List::stream)
                .filter(e -> status.map(s -> e.getStatus() == s).orElse(true))
                .sorted(Comparator.comparing(JobExecution::getId).reversed()).limit(max).toList();
    }

    /**
     * {@code stop <executionId>} from another process (a server database): the run finishes its current chunk, then
     * ends STOPPED, restartable. Only the execution's status is written (STOPPING), through the job repository: the
     * running process's step reads it back when it commits its chunk, and stops itself. {@code JobOperator.stop} would
     * also write the running step's execution, which that step's own thread updates at the same time: one of the two
     * updates would then fail on the version check (see {@link StopRequests}).
     */
    public int stop(long executionId, PrintStream out) {
        JobExecution execution = byId(repository, executionId).orElse(null);
        if (execution == null || !execution.isRunning()) {
            out.println(execution == null ? "no execution " + executionId + " (run 'executions' to list them)"
                    : "execution " + execution.getId() + " of " + execution.getJobInstance().getJobName() + " is " + execution.getStatus()
                      + ": it is not running, nothing to stop");
            return ExitCodes.USAGE;
        }
        execution.setStatus(BatchStatus.STOPPING);
        repository.update(execution);
        out.println("stop requested: execution " + executionId + " finishes its current chunk, then ends STOPPED (resume it with restart)");
        return ExitCodes.COMPLETED;
    }

    /** {@code abandon <executionId>}: a stopped or failed run that must never be restarted. */
    public int abandon(long executionId, PrintStream out) throws Exception {
        if (byId(repository, executionId).isEmpty()) {
            out.println("no execution " + executionId + " (run 'executions' to list them)");
            return ExitCodes.USAGE;
        }
        JobExecution execution = operator.abandon(executionId);
        out.println("execution " + execution.getId() + " of " + execution.getJobInstance().getJobName() + " is " + execution.getStatus());
        return ExitCodes.COMPLETED;
    }
}
