package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.metrics.RunMeasures;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a run did, for the operator: its status and window, then orders and invoices by outcome and reason; with
 * {@code --orders} every order's outcome as CSV ({@link OrdersCsv}: {@code orderId,invoiceNumber,outcome,reason,detail}; the detail says
 * what to fix for a refusal, and what was sent for an import, such as its scheduled day and period); with
 * {@code --json} the same counts for scripts, and what the run cost in VTEX calls and time (the figures of the summary
 * line a one-shot {@code start} or {@code restart} printed). A dry run says so under its first line ({@code "dryRun":true} in JSON).
 */
public final class RunReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JobRepository repository;
    private final JdbcOutcomes outcomes;

    public RunReport(JobRepository repository, JdbcOutcomes outcomes) {
        this.repository = repository;
        this.outcomes = outcomes;
    }

    /** {@code report <executionId> [--json] [--orders]}: exit 2, one line, for an execution the repository does not hold. */
    public int command(long executionId, boolean json, boolean orders, PrintStream out) {
        if (JobExecutions.byId(repository, executionId).isEmpty()) {
            out.println("no execution " + executionId + " (run 'executions' to list them)");
            return ExitCodes.USAGE;
        }
        print(executionId, out, json, orders);
        return ExitCodes.COMPLETED;
    }

    void print(long executionId, PrintStream out, boolean json, boolean orders) {
        JobExecution execution = repository.getJobExecution(executionId);
        List<JdbcOutcomes.Count> counts = outcomes.counts(executionId);
        Optional<ReconcileAccount> reconcile = ReconcileAccount.isReconcile(execution)
                ? Optional.of(ReconcileAccount.of(execution, instanceUpTo(execution), outcomes)) : Optional.empty();
        if (json) {
            out.println(json(execution, counts, reconcile));
        } else if (!orders) {
            out.println(execution.getJobInstance().getJobName() + " execution " + executionId + ": " + execution.getStatus()
                    + window(execution));
            if (DryRun.of(execution)) {
                out.println("DRY RUN: nothing was written");
            }
            reconcile.ifPresent(account -> account.printAttention(executionId, out));
            out.printf("  %-12s %-22s %7s %9s%n", "outcome", "reason", "orders", "invoices");
            for (JdbcOutcomes.Count count : counts) {
                out.printf("  %-12s %-22s %7d %9d%n", count.outcome(), count.reason(), count.orders(), count.invoices());
            }
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getReadCount() > 0 || step.getWriteCount() > 0) {
                    out.printf("  step %-16s read %d, written %d, %s%n", step.getStepName(), step.getReadCount(), step.getWriteCount(), step.getStatus());
                }
            }
            reconcile.ifPresent(account -> out.println(account.lastLine()));
        }
        if (orders) {
            OrdersCsv.print(outcomes.rows(executionId), out);
        }
    }

    private static String window(JobExecution execution) {
        var context = execution.getExecutionContext();
        return context.containsKey("window.from") ? ", window [" + context.getString("window.from") + ", " + context.getString("window.to") + ")" : "";
    }

    /**
     * A completed reconcile run that recorded what a person must act on (exit 7), itself or an earlier execution of
     * its job instance (a restart skips what those finished); never a dry run.
     */
    boolean needsAttention(long executionId) {
        JobExecution execution = repository.getJobExecution(executionId);
        return ReconcileAccount.isReconcile(execution) && ReconcileAccount.of(execution, instanceUpTo(execution), outcomes).needsAttention();
    }

    /** This execution and those of its job instance before it: a run and the restarts that carried it to here. */
    private List<Long> instanceUpTo(JobExecution execution) {
        return repository.getJobExecutions(execution.getJobInstance()).stream().map(JobExecution::getId)
                .filter(id -> id <= execution.getId()).toList();
    }

    /** The counts for scripts; fields in this order, those of a reconcile or of a run that kept its figures only then. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record Json(long executionId, String job, String status, boolean dryRun, List<JdbcOutcomes.Count> outcomes,
                Optional<Map<String, Object>> accounting, Optional<JsonNode> metrics) {
    }

    private static String json(JobExecution execution, List<JdbcOutcomes.Count> counts, Optional<ReconcileAccount> reconcile) {
        return JSON.writeValueAsString(new Json(execution.getId(), execution.getJobInstance().getJobName(), execution.getStatus().name(),
                DryRun.of(execution), counts, reconcile.map(ReconcileAccount::fields), RunMeasures.json(execution).map(JSON::readTree)));
    }
}
