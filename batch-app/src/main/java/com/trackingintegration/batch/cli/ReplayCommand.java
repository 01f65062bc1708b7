package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.replay.ReplayExecutions;
import com.trackingintegration.batch.replay.ReplayJobConfiguration;
import com.trackingintegration.batch.store.JdbcExternalOrders;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.domain.integration.Reason;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code replay <orderId> [--dry-run]}: customer service's "this order was fixed in the OMS, send it now", without a
 * backfill. The order is read from the OMS now, judged and sent by a replayOrder run (started as {@code start} starts
 * a job: its lease, nativeImport's with it, then the credentials), and the decision shown invoice by invoice. Exit 0
 * when sent, or when there is nothing new to send (VTEX Tracking holds it as the OMS has it, or the rules leave it
 * out, or it waits for its route); 1 when VTEX refused it (the OMS would not give it, or Tracking would not take it);
 * otherwise what {@code start} says (2 while nativeImport runs, 3 for refused credentials...).
 */
public final class ReplayCommand {

    private final JobCommands jobs;
    private final ReplayExecutions executions;
    private final JdbcOutcomes outcomes;
    private final JdbcExternalOrders external;

    public ReplayCommand(JobCommands jobs, ReplayExecutions executions, JdbcOutcomes outcomes, JdbcExternalOrders external) {
        this.jobs = jobs;
        this.executions = executions;
        this.outcomes = outcomes;
        this.external = external;
    }

    public int run(String orderId, boolean dry, PrintStream out) throws Exception {
        if (external.state(orderId).isPresent()) {
            // Its OMS steps and its sends are externalImport's, from its own state: a native replay would bypass them.
            out.println(orderId + " is an external order: externalImport sends it from its own state ('order " + orderId
                    + "' shows it; 'reset-external' puts a FAILED one back); nothing was run");
            return ExitCodes.USAGE;
        }
        Map<String, String> parameters = new LinkedHashMap<>(Map.of(ReplayJobConfiguration.ORDER_ID, orderId));
        if (dry) {
            parameters.put(DryRun.PARAMETER, "true");
        }
        executions.forget(orderId);
        int started = jobs.start(ReplayJobConfiguration.JOB, parameters, out);
        Optional<Long> execution = executions.last(orderId);
        if (started != ExitCodes.COMPLETED || execution.isEmpty()) {
            return started;
        }
        List<JdbcOutcomes.Row> decided = outcomes.rowsOf(execution.get(), List.of(orderId));
        out.println("order " + orderId + " as the OMS has it now:");
        decided.forEach(row -> out.println("  " + (row.invoiceNumber().isEmpty() ? "whole order" : "invoice " + row.invoiceNumber()) + ": "
                + row.outcome() + " " + row.reason() + (row.detail().isEmpty() ? "" : " - " + row.detail())));
        return conclude(decided, out);
    }

    /** One line saying what became of the replay, and its exit code. */
    private static int conclude(List<JdbcOutcomes.Row> decided, PrintStream out) {
        if (decided.stream().anyMatch(row -> row.outcome() == Outcome.REJECTED)) {
            out.println("refused: " + invoices(decided, row -> row.outcome() == Outcome.REJECTED) + " (VTEX's answer above); fix it, then replay again");
            return ExitCodes.FAILED;
        }
        if (decided.stream().anyMatch(row -> row.outcome() == Outcome.IMPORTED)) {
            out.println("sent to VTEX Tracking: " + invoices(decided, row -> row.outcome() == Outcome.IMPORTED));
        } else if (decided.stream().anyMatch(row -> row.outcome() == Outcome.WOULD_IMPORT)) {
            out.println("dry run: would send " + invoices(decided, row -> row.outcome() == Outcome.WOULD_IMPORT) + "; nothing was sent or written");
        } else if (decided.stream().anyMatch(row -> row.outcome() == Outcome.DEFERRED)) {
            out.println("nothing sent: it waits (" + invoices(decided, row -> row.outcome() == Outcome.DEFERRED)
                    + "); the next nativeImport run tries again");
        } else if (decided.stream().anyMatch(row -> row.reason() == Reason.ALREADY_SENT)) {
            out.println("nothing new to send: VTEX Tracking already holds " + invoices(decided, row -> row.reason() == Reason.ALREADY_SENT)
                    + " as the OMS has it now");
        } else {
            out.println("nothing to send: " + decided.stream().map(row -> row.reason().description()).distinct().collect(Collectors.joining("; ")));
        }
        return ExitCodes.COMPLETED;
    }

    private static String invoices(List<JdbcOutcomes.Row> rows, Predicate<JdbcOutcomes.Row> which) {
        return rows.stream().filter(which).map(row -> row.invoiceNumber().isEmpty() ? "the order" : "invoice " + row.invoiceNumber())
                .collect(Collectors.joining(", "));
    }
}
