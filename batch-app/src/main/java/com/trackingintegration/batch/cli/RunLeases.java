package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.LeaseProperties;
import com.trackingintegration.batch.externalimport.ExternalImportJobConfiguration;
import com.trackingintegration.batch.nativeimport.NativeImportJobConfiguration;
import com.trackingintegration.batch.reconcile.ReconcileJobConfiguration;
import com.trackingintegration.batch.replay.ReplayJobConfiguration;
import com.trackingintegration.batch.store.JdbcRunLeases;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * One process at a time runs a given job, whatever the database: before a run reads anything it takes the job's lease
 * in the job repository, a heartbeat renews it, and it is released when the run ends. A second process asking to run
 * the job is refused in one line naming the running execution; a killed process's lease expires, and only then is its
 * run restarted (recovered) by another. With a single-process database (an HSQLDB file, which HSQLDB's lock and ours
 * keep to this process) no other process can be running anything: a lease found there was left by a killed process.
 */
public final class RunLeases {

    /** The name of the lease a purge holds, beside every job's (it runs no job: it has no execution). */
    static final String PURGE = "purge";

    /**
     * The other jobs' leases a job takes too, so that it never runs beside them. reconcile sends delivery services as
     * nativeImport and externalImport do, and replayOrder as nativeImport does: two processes judging the same order at
     * once would both send it.
     */
    static final Map<String, List<String>> ALSO_HOLDS = Map.of(ReconcileJobConfiguration.JOB,
            List.of(NativeImportJobConfiguration.JOB, ExternalImportJobConfiguration.JOB),
            // A replay judges and sends one native order as nativeImport does: never beside a nativeImport run.
            ReplayJobConfiguration.JOB, List.of(NativeImportJobConfiguration.JOB));

    private final JdbcRunLeases store;
    private final Clock clock;
    private final LeaseProperties settings;
    private final boolean singleProcess;
    private final String holder;
    private final Map<String, HeldLease> held = new ConcurrentHashMap<>();

    public RunLeases(JdbcRunLeases store, Clock clock, LeaseProperties settings, boolean singleProcess) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.singleProcess = singleProcess;
        String runtime = ManagementFactory.getRuntimeMXBean().getName();
        this.holder = "pid " + ProcessHandle.current().pid() + " on " + runtime.substring(runtime.indexOf('@') + 1)
                + " #" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * The job's lease for this process, or empty (and the one line saying who runs it) when another process holds it.
     *
     * @param lost what to do if the lease is lost while the run goes on (it expired and another process took it): stop
     *             the execution given
     */
    public Optional<HeldLease> take(String job, PrintStream out, LongConsumer lost) {
        return together(job, ALSO_HOLDS.getOrDefault(job, List.of()), out, lost);
    }

    /**
     * The lease of {@value #PURGE} and of every one of these jobs, or empty (and the one line naming the job that runs)
     * when another process holds one of them: while a purge deletes, no job runs anywhere.
     */
    public Optional<HeldLease> takeForPurge(Collection<String> jobs, PrintStream out) {
        return together(PURGE, List.copyOf(jobs), out, execution -> { });
    }

    private Optional<HeldLease> together(String job, List<String> others, PrintStream out, LongConsumer lost) {
        Optional<HeldLease> own = takeOne(job, out, lost);
        for (String other : own.isPresent() ? others : List.<String>of()) {
            Optional<HeldLease> also = takeOne(other, out, lost);
            if (also.isEmpty()) {
                own.get().close();
                return Optional.empty();
            }
            own.get().holdAlongside(also.get());
        }
        return own;
    }

    private Optional<HeldLease> takeOne(String job, PrintStream out, LongConsumer lost) {
        Instant now = clock.instant();
        Instant expiredBefore = singleProcess ? Instant.parse("9999-12-31T00:00:00Z") : now;
        if (!store.take(job, holder, now.plus(settings.duration()), expiredBefore)) {
            out.println(refusal(job));
            return Optional.empty();
        }
        HeldLease lease = new HeldLease(job, lost, new HeldLease.Renewal(store, holder, clock, settings), released -> held.remove(job, released));
        held.put(job, lease);
        return Optional.of(lease);
    }

    /** The execution this process runs under its lease of {@code job} (called as the execution starts). */
    void attach(String job, long executionId) {
        HeldLease lease = held.get(job);
        if (lease != null) {
            lease.attach(executionId);
        }
    }

    private String refusal(String job) {
        return store.of(job).map(lease -> runningName(job, lease.holder()) + " is running in another process: "
                        + lease.executionId().map(id -> "execution " + id).orElse(heldForPurge(lease.holder()) ? "a purge has no execution"
                                : "its execution is starting")
                        + ", lease held by " + lease.holder() + " until " + lease.expiresAt().truncatedTo(ChronoUnit.SECONDS)
                        + " (integration.lease.duration=" + settings.duration().toSeconds() + "s after its last heartbeat): wait for it to end"
                        + lease.executionId().map(id -> ", or stop it with 'stop " + id + "'").orElse(""))
                .orElse(job + " was being started by another process at the same moment: try again");
    }

    /**
     * The job that holds this lease: the job itself, or the job that took it alongside its own ({@link #ALSO_HOLDS}),
     * so that a nativeImport refused while reconcile runs is told it is reconcile that runs.
     */
    private String runningName(String job, String leaseHolder) {
        if (!job.equals(PURGE) && heldForPurge(leaseHolder)) {
            return PURGE + " (which holds every job's lease while it deletes old history)";
        }
        return ALSO_HOLDS.entrySet().stream().filter(also -> also.getValue().contains(job))
                .filter(also -> store.of(also.getKey()).filter(owner -> owner.holder().equals(leaseHolder)).isPresent())
                .map(also -> also.getKey() + " (which holds " + job + "'s lease while it runs)").findFirst().orElse(job);
    }

    private boolean heldForPurge(String leaseHolder) {
        return store.of(PURGE).filter(owner -> owner.holder().equals(leaseHolder)).isPresent();
    }
}
