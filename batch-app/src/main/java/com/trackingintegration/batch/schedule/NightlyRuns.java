package com.trackingintegration.batch.schedule;

import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.batch.reconcile.ReconcileJobConfiguration;
import org.springframework.scheduling.support.CronExpression;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code serve}: a long-running process that runs the nightly jobs, one after the other, at each time of
 * {@code integration.schedule.cron} (Brasília time). SIGTERM between runs ends it; during a run, the running job stops
 * gracefully first (it is restarted, or simply continued, by the next run). reconcile, after the jobs that send, looks
 * back over the last {@code integration.reconcile.lookback} up to the moment it starts. With a purge
 * ({@code integration.retention.*}), it also deletes the old history at that schedule's times, between the jobs' runs.
 */
public final class NightlyRuns {

    /** How a job is started and waited for: {@code start}'s own path (lease, credentials, report), exit code returned. */
    @FunctionalInterface
    public interface Jobs {
        int start(String job, Map<String, String> parameters, PrintStream out) throws Exception;
    }

    /** Waits until a moment; interrupted by the process ending. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");

    private final Jobs jobs;
    private final String cron;
    private final List<String> jobNames;
    private final Clock clock;
    private final Sleeper sleeper;
    private final int maxRuns;
    private final Supplier<Duration> reconcileLookback;
    private final Optional<ScheduledPurge> purge;

    /**
     * @param maxRuns           how many scheduled runs before returning; a real server runs without end ({@link Integer#MAX_VALUE})
     * @param reconcileLookback {@code integration.reconcile.lookback}, read when reconcile starts (a bad value fails that run, named)
     */
    public NightlyRuns(Jobs jobs, String cron, List<String> jobNames, Clock clock, Sleeper sleeper, int maxRuns,
                        Supplier<Duration> reconcileLookback) {
        this(jobs, cron, jobNames, clock, sleeper, maxRuns, reconcileLookback, Optional.empty());
    }

    private NightlyRuns(Jobs jobs, String cron, List<String> jobNames, Clock clock, Sleeper sleeper, int maxRuns,
                         Supplier<Duration> reconcileLookback, Optional<ScheduledPurge> purge) {
        this.purge = purge;
        this.jobs = jobs;
        this.cron = cron;
        this.jobNames = List.copyOf(jobNames);
        this.clock = clock;
        this.sleeper = sleeper;
        this.maxRuns = maxRuns;
        this.reconcileLookback = reconcileLookback;
    }

    /** The purge serve runs besides the jobs, at its own times; its exit code as a command's. */
    @FunctionalInterface
    public interface Purge {
        int run(PrintStream out);
    }

    /** Also runs {@code purge} at each time of {@code purgeCron} ({@code integration.retention.*}, Brasília time). */
    public NightlyRuns purging(String purgeCron, String olderThan, Purge purge) {
        return new NightlyRuns(jobs, cron, jobNames, clock, sleeper, maxRuns, reconcileLookback,
                Optional.of(new ScheduledPurge(purgeCron, olderThan, purge)));
    }

    private record ScheduledPurge(String cron, String olderThan, Purge purge) {
    }

    public int run(PrintStream out) throws Exception {
        CronExpression schedule = parse(cron, "integration.schedule.cron");
        Optional<CronExpression> purgeSchedule = purge.map(p -> parse(p.cron(), "integration.retention.cron"));
        if (jobNames.contains(ReconcileJobConfiguration.JOB)) {
            // Checked now, at start-up, not at 2 a.m. after the other jobs ran: a bad lookback is one line, exit 2.
            reconcileLookback.get();
        }
        int worst = ExitCodes.COMPLETED;
        for (int run = 0; run < maxRuns; run++) {
            ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), BRAZIL);
            ZonedDateTime nextJobs = schedule.next(now);
            Optional<ZonedDateTime> nextPurge = purgeSchedule.map(p -> p.next(now));
            // At the same moment, the jobs go first and the purge after them: it never holds their leases at their time.
            boolean purgeFirst = nextPurge.filter(p -> p.isBefore(nextJobs)).isPresent();
            ZonedDateTime next = purgeFirst ? nextPurge.get() : nextJobs;
            out.println(purgeFirst ? "serve: next purge of what is older than " + purge.get().olderThan() + " at " + next
                    + " (integration.retention.cron=" + purge.get().cron() + ")"
                    : "serve: next run of " + String.join(", ", jobNames) + " at " + next + " (integration.schedule.cron=" + cron + ")");
            sleeper.sleep(Duration.between(now, next));
            if (!purgeFirst) {
                for (String job : jobNames) {
                    int exit = jobs.start(job, parameters(job), out);
                    worst = ExitCodes.worst(worst, exit);
                    if (exit == ExitCodes.STOPPED) {
                        return exit;
                    }
                }
            }
            if (nextPurge.filter(p -> !p.isAfter(next)).isPresent()) {
                worst = ExitCodes.worst(worst, purge.get().purge().run(out));
            }
        }
        return worst;
    }

    private Map<String, String> parameters(String job) {
        if (!ReconcileJobConfiguration.JOB.equals(job)) {
            return Map.of();
        }
        Instant to = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> window = new LinkedHashMap<>();
        window.put("from", to.minus(reconcileLookback.get()).toString());
        window.put("to", to.toString());
        return window;
    }

    static CronExpression parse(String cron, String property) {
        try {
            return CronExpression.parse(cron);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(property + " must be a cron expression of six fields"
                    + " (second minute hour day month weekday, e.g. '0 0 2 * * *' for 2 a.m.), was '" + cron + "': " + e.getMessage());
        }
    }
}
