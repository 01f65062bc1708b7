package com.trackingintegration.http;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The rate the callers of one remote system keep together, whatever their number and concurrency: requests spread
 * evenly, each waiting its turn (at most {@code maxWait}), so parallel fetches stay under the remote rate limit
 * instead of meeting 429s. A remote limit is often per account, not per client: every client that calls the same
 * account is handed the same pace (the application's wiring makes one per account), or together they would exceed it.
 *
 * <p>Turns are reserved ahead (the next free turn is one interval after the last one given), so the wait each
 * request is told is the pace's own reservation, not a clock read around a sleep.
 */
public final class RequestPace {

    /** No limit: every request goes at once. */
    public static final RequestPace NONE = new RequestPace(0, Duration.ofSeconds(1), System::nanoTime, RequestPace::sleep);

    /** How a wait is spent: a seam for tests, which count turns without spending wall time. */
    interface Sleeper {
        void sleep(Duration wait) throws InterruptedException;
    }

    private final double perSecond;
    private final long intervalNanos;
    private final long maxWaitNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long nextTurn = Long.MIN_VALUE;

    RequestPace(double perSecond, Duration maxWait, LongSupplier nanoTime, Sleeper sleeper) {
        if (perSecond < 0 || Double.isNaN(perSecond)) {
            throw new IllegalArgumentException("the request rate limit cannot be negative, was " + perSecond);
        }
        this.perSecond = perSecond;
        this.intervalNanos = perSecond > 0 ? Math.max(1, Math.round(1_000_000_000d / perSecond)) : 0;
        this.maxWaitNanos = maxWait.toNanos();
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /**
     * @param perSecond requests a second for every caller together (0: no limit)
     * @param maxWait   a turn further off fails its request rather than wait on (a caller's read timeout)
     */
    public static RequestPace perSecond(double perSecond, Duration maxWait) {
        return perSecond == 0 ? NONE : new RequestPace(perSecond, maxWait, System::nanoTime, RequestPace::sleep);
    }

    public double perSecond() {
        return perSecond;
    }

    /**
     * Waits this request's turn and says how long that was (zero without a limit).
     *
     * @throws PaceExceededException when the turn is further off than the longest wait
     */
    Duration await() throws InterruptedException {
        if (intervalNanos == 0) {
            return Duration.ZERO;
        }
        Duration wait = reserve();
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
        return wait;
    }

    private synchronized Duration reserve() {
        long now = nanoTime.getAsLong();
        long turn = nextTurn == Long.MIN_VALUE || nextTurn - now < 0 ? now : nextTurn;
        long wait = turn - now;
        if (wait > maxWaitNanos) {
            throw new PaceExceededException(Duration.ofNanos(wait));
        }
        nextTurn = turn + intervalNanos;
        return Duration.ofNanos(wait);
    }

    private static void sleep(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
    }

    @Override
    public String toString() {
        return intervalNanos == 0 ? "no pace" : perSecond + " requests a second";
    }

    /** More callers than the pace can serve within a read timeout: the attempt fails rather than wait longer. */
    static final class PaceExceededException extends RuntimeException {
        PaceExceededException(Duration wait) {
            super("the next turn under the request pace is " + wait.toMillis() + " ms away, longer than a read timeout");
        }
    }
}
