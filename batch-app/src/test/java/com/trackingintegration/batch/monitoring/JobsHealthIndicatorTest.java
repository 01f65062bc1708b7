package com.trackingintegration.batch.monitoring;

import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.domain.integration.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The "jobs" health over a job repository whose last runs each test sets. */
class JobsHealthIndicatorTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final JobRepository repository = mock(JobRepository.class);
    private final JdbcOutcomes outcomes = mock(JdbcOutcomes.class);
    private final JobsHealthIndicator health = new JobsHealthIndicator(jdbc, repository, outcomes,
            () -> List.of("nativeImport", "statusSync", "reconcile"));

    private JobExecution lastRun(String job, long id, BatchStatus status, JobParameters parameters, long... earlierOfItsInstance) {
        JobInstance instance = new JobInstance(id * 10, job);
        List<JobExecution> executions = new ArrayList<>();
        for (long earlier : earlierOfItsInstance) {
            executions.add(new JobExecution(earlier, instance, parameters));
        }
        JobExecution last = new JobExecution(id, instance, parameters);
        last.setStatus(status);
        executions.add(last);
        when(jdbc.queryForObject(anyString(), eq(Long.class), eq(job))).thenReturn(id);
        when(repository.getJobExecution(id)).thenReturn(last);
        when(repository.getJobExecutions(instance)).thenReturn(executions);
        return last;
    }

    /** What {@link JdbcOutcomes#eachLatest} hands out over exactly these executions (nothing over any other). */
    @SuppressWarnings("unchecked")
    private void latestRows(List<Long> executions, JdbcOutcomes.Row... rows) {
        doAnswer(call -> {
            if (List.copyOf((Collection<Long>) call.getArgument(0)).equals(executions)) {
                List.of(rows).forEach(((Consumer<JdbcOutcomes.Row>) call.getArgument(1))::accept);
            }
            return null;
        }).when(outcomes).eachLatest(any(), any());
    }

    private static JdbcOutcomes.Row row(String order, String invoice, Outcome outcome) {
        return new JdbcOutcomes.Row(order, invoice, outcome, Reason.READY, "");
    }

    @Test
    void a_failed_last_run_of_any_scheduled_job_is_down_with_each_jobs_last_execution_in_the_details() {
        lastRun("nativeImport", 5, BatchStatus.COMPLETED, new JobParameters());
        lastRun("statusSync", 6, BatchStatus.FAILED, new JobParameters());

        Health jobs = health.health();

        assertThat(jobs.getStatus()).isEqualTo(Status.DOWN);
        assertThat(jobs.getDetails()).isEqualTo(Map.of(
                "nativeImport", Map.of("executionId", 5L, "status", "COMPLETED"),
                "statusSync", Map.of("executionId", 6L, "status", "FAILED"),
                "reconcile", Map.of("status", "NEVER_RUN")));
    }

    @Test
    void a_completed_reconcile_that_left_orders_for_a_person_is_up_with_their_count_over_its_restarts() {
        lastRun("nativeImport", 5, BatchStatus.COMPLETED, new JobParameters());
        lastRun("reconcile", 8, BatchStatus.COMPLETED, new JobParameters(), 7);
        latestRows(List.of(7L, 8L), row("1-01", "101", Outcome.ATTENTION), row("1-01", "102", Outcome.ATTENTION),
                row("2-01", "201", Outcome.IN_TRACKING), row("3-01", "301", Outcome.ATTENTION));

        Health jobs = health.health();

        assertThat(jobs.getStatus()).as("attention (exit 7) is not a failure").isEqualTo(Status.UP);
        assertThat(jobs.getDetails()).containsEntry("reconcile", Map.of("executionId", 8L, "status", "COMPLETED", "attention", 2L));
    }

    @Test
    void a_dry_run_only_predicts_so_it_leaves_nothing_for_a_person() {
        lastRun("reconcile", 8, BatchStatus.COMPLETED, new JobParametersBuilder().addString("dry.run", "true").toJobParameters());
        latestRows(List.of(8L), row("1-01", "101", Outcome.ATTENTION));

        assertThat(health.health().getDetails()).containsEntry("reconcile", Map.of("executionId", 8L, "status", "COMPLETED"));
    }
}
