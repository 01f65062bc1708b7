package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.LeaseProperties;
import com.trackingintegration.batch.externalimport.ExternalImportJobConfiguration;
import com.trackingintegration.batch.nativeimport.NativeImportJobConfiguration;
import com.trackingintegration.batch.reconcile.ReconcileJobConfiguration;
import com.trackingintegration.batch.replay.ReplayJobConfiguration;
import com.trackingintegration.batch.store.JdbcRunLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * One process at a time runs a given job, whatever the database: before a run reads anything it takes the job's lease
 * in the job repository, a heartbeat renews it, and it is released when the run ends. A second process asking to run
 * the job is refused in one line naming the running execution; a killed process's lease expires, and only then is its
 * run restarted (recovered) by another. With a single-process database (an HSQLDB file, which HSQLDB's lock and ours
 * keep to this process) no other process can be running anything: a lease found there was left by a killed process.
 */
public final class RunLeases {

    private static final Logger log = LoggerFactory.getLogger(RunLeases.class);

    /**
     * The other jobs' leases a job takes too, so that it never runs beside them. reconcile sends delivery services as
     * nativeImport and externalImport do, and replayOrder as nativeImport does: two processes judging the same order at
     * once would both send it.
     */
    /** The name of the lease a purge holds, beside every job's (it runs no job: it has no execution). */
    static final String PURGE = "purge";

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
            own.get().alongside.add(also.get());
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
        HeldLease lease = new HeldLease(job, lost);
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

    /** A lease this process holds: renewed by a daemon thread until closed, then released. */
    public final class HeldLease implements AutoCloseable {
        private final String job;
        private final LongConsumer lost;
        private final Thread heartbeat;
        private final CountDownLatch closed = new CountDownLatch(1);
        private volatile Long executionId;
        /** The other jobs' leases taken with this one ({@link #ALSO_HOLDS}): attached and released with it. */
        private final List<HeldLease> alongside = new ArrayList<>();

        private HeldLease(String job, LongConsumer lost) {
            this.job = job;
            this.lost = lost;
            this.heartbeat = new Thread(this::beat, "lease-" + job);
            heartbeat.setDaemon(true);
            heartbeat.start();
        }

        /**
         * Renews until closed. Closing never interrupts this thread: an interrupt inside an HSQLDB file's I/O would
         * close its file channel under the running job.
         */
        private void beat() {
            try {
                while (!closed.await(settings.heartbeat().toMillis(), TimeUnit.MILLISECONDS)) {
                    if (!renewed()) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** False once the lease is lost; a database that does not answer is tried again at the next beat. */
        private boolean renewed() {
            try {
                if (store.renew(job, holder, clock.instant().plus(settings.duration()))) {
                    return true;
                }
                log.error("The lease of {} was lost (it expired and another process took it): stopping execution {}", job, executionId);
                if (executionId != null) {
                    lost.accept(executionId);
                }
                return false;
            } catch (RuntimeException e) {
                log.warn("Could not renew the lease of {}: {}", job, e.getMessage());
                return true;
            }
        }

        private void attach(long execution) {
            executionId = execution;
            store.attach(job, holder, execution);
            alongside.forEach(other -> other.attach(execution));
        }

        @Override
        public void close() {
            alongside.forEach(HeldLease::close);
            closed.countDown();
            try {
                heartbeat.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            held.remove(job, this);
            store.release(job, holder);
        }
    }
}
