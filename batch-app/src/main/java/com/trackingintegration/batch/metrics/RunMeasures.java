package com.trackingintegration.batch.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

import java.time.Duration;
import java.util.Optional;

/**
 * A one-shot run's own figures: the VTEX meters read before and after it, the difference kept in the execution's
 * context, so that {@code report <id> --json} shows later what the summary line showed at the end of the run (and a
 * restart's figures are its own execution's, not its first run's).
 */
public final class RunMeasures {

    static final String CONTEXT_KEY = "run.metrics";

    private final MeterRegistry registry;
    private final JobRepository repository;

    public RunMeasures(MeterRegistry registry, JobRepository repository) {
        this.registry = registry;
        this.repository = repository;
    }

    /** The meters' totals now, to compare with once the run has ended. */
    public RunFigures now() {
        return RunFigures.totals(registry);
    }

    /** Keeps the run's figures (since {@code before}) with its execution; the summary line to print. */
    public String record(JobExecution execution, RunFigures before) {
        RunFigures run = now().since(before);
        Duration took = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        execution.getExecutionContext().putString(CONTEXT_KEY, run.json(took));
        repository.updateExecutionContext(execution);
        return run.line(took);
    }

    /** The figures kept with this execution, as JSON; none for a run started before they were kept, or by {@code serve}. */
    public static Optional<String> json(JobExecution execution) {
        return execution.getExecutionContext().containsKey(CONTEXT_KEY)
                ? Optional.of(execution.getExecutionContext().getString(CONTEXT_KEY)) : Optional.empty();
    }
}
