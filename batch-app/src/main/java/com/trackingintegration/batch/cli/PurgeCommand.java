package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.retention.OldJobRuns;
import com.trackingintegration.batch.retention.RetentionAge;
import com.trackingintegration.batch.store.JdbcSettledHistory;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * {@code purge --older-than <N>d [--dry-run]}: deletes the job runs, their outcomes and the settled ledger history
 * older than N days (what goes and what never does: {@link OldJobRuns}, {@link JdbcSettledHistory}), one line per kind
 * with its count and the cut-off. It holds every job's lease while it deletes, so no run goes on anywhere meanwhile;
 * while one does, it is refused in one line naming it (exit 2, as a refused start). A dry run counts and deletes nothing.
 */
public final class PurgeCommand {

    private final RunLeases leases;
    private final Set<String> jobs;
    private final OldJobRuns runs;
    private final JdbcSettledHistory history;
    private final Clock clock;

    /** @param jobs the name of every job, whose leases the purge holds */
    public PurgeCommand(RunLeases leases, Set<String> jobs, OldJobRuns runs, JdbcSettledHistory history, Clock clock) {
        this.leases = leases;
        this.jobs = Set.copyOf(jobs);
        this.runs = runs;
        this.history = history;
        this.clock = clock;
    }

    /** @param olderThan the age as written ({@code 90d}) */
    public int run(String olderThan, boolean dryRun, PrintStream out) {
        Optional<RetentionAge> age = RetentionAge.parse(olderThan);
        if (age.isEmpty()) {
            out.println("purge --older-than takes whole days, at least 1 (e.g. 90d), was '" + olderThan + "'; nothing was deleted");
            return ExitCodes.USAGE;
        }
        return dryRun ? dryRun(age.get(), out) : purge(age.get(), out);
    }

    /** What is older than {@code age} deleted, under every job's lease. */
    public int purge(RetentionAge age, PrintStream out) {
        Instant cutoff = cutoff(age);
        Optional<HeldLease> lease = leases.takeForPurge(jobs, out);
        if (lease.isEmpty()) {
            return ExitCodes.USAGE;
        }
        try (HeldLease held = lease.get()) {
            long instances = 0;
            long executions = 0;
            long outcomes = 0;
            for (long instance : runs.deletable(cutoff)) {
                OldJobRuns.Deleted deleted = runs.delete(instance, cutoff);
                instances += deleted.instances();
                executions += deleted.executions();
                outcomes += deleted.outcomes();
            }
            OldJobRuns.Counts kept = runs.count(cutoff);
            print(new OldJobRuns.Counts(instances, executions, outcomes, kept.keptRestartable(), kept.keptUnfinished()),
                    history.deleteOldQueries(cutoff), history.deleteOldLegacyLedger(cutoff), cutoff, "deleted", out);
        }
        return ExitCodes.COMPLETED;
    }

    private int dryRun(RetentionAge age, PrintStream out) {
        Instant cutoff = cutoff(age);
        out.println("purge --dry-run: nothing is deleted; what purge --older-than " + age + " would delete:");
        print(runs.count(cutoff), history.oldQueries(cutoff), history.oldLegacyLedger(cutoff), cutoff, "would be deleted", out);
        return ExitCodes.COMPLETED;
    }

    private Instant cutoff(RetentionAge age) {
        return age.cutoff(clock.instant()).truncatedTo(ChronoUnit.SECONDS);
    }

    private static void print(OldJobRuns.Counts runs, long queries, long legacyLedger, Instant cutoff, String done, PrintStream out) {
        out.println("job executions last changed before " + cutoff + ": " + runs.executions() + " " + done + " (" + runs.instances()
                + " job instances, with their steps, contexts and parameters)");
        out.println("outcomes (TI_OUTCOME) of those executions: " + runs.outcomes() + " " + done);
        out.println("VTEX Tracking query history (TI_QUERY_HISTORY) asked before " + cutoff + ": " + queries + " " + done);
        out.println("legacy ledger (TI_LEDGER) rows carried into TI_DELIVERY_LEDGER, written before " + cutoff + ": " + legacyLedger + " " + done);
        out.println("kept, though older than " + cutoff + ": " + runs.keptRestartable() + " job instances that can still be restarted"
                + " (restart or abandon them), " + runs.keptUnfinished() + " with an unfinished execution;"
                + " the ledger of what was sent, the status marks and the external orders are never purged");
    }
}
