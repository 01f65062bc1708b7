package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.LeaseProperties;
import com.trackingintegration.batch.store.JdbcRunLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** A lease this process holds: renewed by a daemon thread until closed, then released. */
public final class HeldLease implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HeldLease.class);

    /** Where and for how long the lease is renewed, and by whom it is held. */
    record Renewal(JdbcRunLeases store, String holder, Clock clock, LeaseProperties settings) {
    }

    private final String job;
    private final LongConsumer lost;
    private final Thread heartbeat;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile Long executionId;
    /** The other jobs' leases taken with this one ({@link RunLeases#ALSO_HOLDS}): attached and released with it. */
    private final List<HeldLease> alongside = new ArrayList<>();

    private final Renewal renewal;
    private final Consumer<HeldLease> released;

    /** @param released told once the lease is released, so the process forgets it */
    HeldLease(String job, LongConsumer lost, Renewal renewal, Consumer<HeldLease> released) {
        this.job = job;
        this.lost = lost;
        this.renewal = renewal;
        this.released = released;
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
            while (!closed.await(renewal.settings().heartbeat().toMillis(), TimeUnit.MILLISECONDS)) {
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
            if (renewal.store().renew(job, renewal.holder(), renewal.clock().instant().plus(renewal.settings().duration()))) {
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

    void attach(long execution) {
        executionId = execution;
        renewal.store().attach(job, renewal.holder(), execution);
        alongside.forEach(other -> other.attach(execution));
    }

    /** Another job's lease, taken with this one: attached to its execution and released with it. */
    void holdAlongside(HeldLease other) {
        alongside.add(other);
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
        released.accept(this);
        renewal.store().release(job, renewal.holder());
    }
}
