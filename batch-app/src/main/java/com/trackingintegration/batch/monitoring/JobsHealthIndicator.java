package com.trackingintegration.batch.monitoring;

import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.store.JdbcOutcomes;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Supplier;

/**
 * The health "jobs": DOWN while the last run of any scheduled job ({@code integration.schedule.jobs}) ended FAILED, so
 * a monitor pages someone until a restart or the next night's run succeeds; UP otherwise. A completed run with orders a
 * person must act on (reconcile's exit 7) stays UP, its {@code attention} count in the details. The details name each
 * job's last execution and its status, never a parameter or a setting (they could carry a secret).
 */
public final class JobsHealthIndicator implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final JobRepository repository;
    private final JdbcOutcomes outcomes;
    private final Supplier<List<String>> scheduledJobs;

    public JobsHealthIndicator(JdbcTemplate jdbc, JobRepository repository, JdbcOutcomes outcomes, Supplier<List<String>> scheduledJobs) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.outcomes = outcomes;
        this.scheduledJobs = scheduledJobs;
    }

    @Override
    public Health health() {
        boolean failed = false;
        Map<String, Object> details = new LinkedHashMap<>();
        for (String job : scheduledJobs.get()) {
            JobExecution last = lastRun(job);
            if (last == null) {
                details.put(job, Map.of("status", "NEVER_RUN"));
                continue;
            }
            failed |= last.getStatus() == BatchStatus.FAILED;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("executionId", last.getId());
            detail.put("status", last.getStatus().name());
            long attention = attention(last);
            if (attention > 0) {
                detail.put("attention", attention);
            }
            details.put(job, detail);
        }
        return (failed ? Health.down() : Health.up()).withDetails(details).build();
    }

    /**
     * The job's latest execution, whichever instance it belongs to: {@code restart <job>} may carry on an older instance
     * after a newer one ran, and that restart is then the last run.
     */
    private JobExecution lastRun(String job) {
        Long id = jdbc.queryForObject("SELECT MAX(E.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION E"
                + " JOIN BATCH_JOB_INSTANCE I ON I.JOB_INSTANCE_ID = E.JOB_INSTANCE_ID WHERE I.JOB_NAME = ?", Long.class, job);
        return id == null ? null : repository.getJobExecution(id);
    }

    /**
     * The orders a completed real run left for a person (outcome ATTENTION), as its exit 7 counts them: over the run and
     * the executions of its instance before it, each order as the latest of them left it.
     */
    private long attention(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.COMPLETED || DryRun.of(execution)) {
            return 0;
        }
        List<Long> upToIt = repository.getJobExecutions(execution.getJobInstance()).stream().map(JobExecution::getId)
                .filter(id -> id <= execution.getId()).toList();
        Set<String> orders = new HashSet<>();
        outcomes.eachLatest(upToIt, row -> {
            if (row.outcome() == JdbcOutcomes.Outcome.ATTENTION) {
                orders.add(row.orderId());
            }
        });
        return orders.size();
    }
}
