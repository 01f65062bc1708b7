package com.trackingintegration.http;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The rate the callers of one remote system keep together, whatever their number and concurrency: requests spread
 * evenly, each waiting its turn (at most {@code maxWait}), so parallel fetches stay under the remote rate limit
 * instead of meeting 429s. A remote limit is often per account, not per client: every client that calls the same
 * account is handed the same pace (the application's wiring makes one per account), or together they would exceed it.
 *
 * <p>Turns are reserved ahead (the next free turn is one interval after the last one given), so the wait each
 * request is told is the pace's own reservation, not a clock read around a sleep. A reserved turn alone is not enough:
 * requests whose turns passed while the process stood still (a collection, the JIT holding every core) wake together
 * and would leave together, on top of the next second's turns, and a limit counted per second answers 429. So a
 * request is also admitted as it leaves: never sooner than one second after the request {@code perSecond} places
 * before it, which no second's count can exceed however late the callers wake.
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
    /** When the last {@code perSecond} requests left (admitted), oldest at {@code oldest}; empty slots hold MIN_VALUE. */
    private final long[] left;
    private int oldest;

    RequestPace(double perSecond, Duration maxWait, LongSupplier nanoTime, Sleeper sleeper) {
        if (perSecond < 0 || Double.isNaN(perSecond)) {
            throw new IllegalArgumentException("the request rate limit cannot be negative, was " + perSecond);
        }
        this.perSecond = perSecond;
        this.intervalNanos = perSecond > 0 ? Math.max(1, Math.round(1_000_000_000d / perSecond)) : 0;
        this.maxWaitNanos = maxWait.toNanos();
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
        this.left = new long[perSecond > 0 ? Math.max(1, (int) Math.floor(perSecond)) : 0];
        Arrays.fill(left, Long.MIN_VALUE);
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
        long asked = nanoTime.getAsLong();
        long turn = reserve(asked);
        if (turn - asked > 0) {
            sleeper.sleep(Duration.ofNanos(turn - asked));
        }
        // Woken at or after the turn: it cannot leave sooner than its turn, even on a clock that stands still in tests.
        long awake = Math.max(nanoTime.getAsLong() - turn, 0) + turn;
        long leaves = admit(awake);
        if (leaves - awake > 0) {
            sleeper.sleep(Duration.ofNanos(leaves - awake));
        }
        return Duration.ofNanos(turn - asked + leaves - awake);
    }

    /** The request's turn, one interval after the last one given (or now); a turn further off than the longest wait fails it. */
    synchronized long reserve(long now) {
        long turn = nextTurn == Long.MIN_VALUE || nextTurn - now < 0 ? now : nextTurn;
        long wait = turn - now;
        if (wait > maxWaitNanos) {
            throw new PaceExceededException(Duration.ofNanos(wait));
        }
        nextTurn = turn + intervalNanos;
        return turn;
    }

    /**
     * When a request ready to leave at {@code ready} may leave: then, or one second after the request {@code perSecond}
     * places before it left, whichever is later. Admissions happen one after the other on a clock that only moves
     * forward, so any second holds at most {@code perSecond} of them.
     */
    synchronized long admit(long ready) {
        long earliest = left[oldest] == Long.MIN_VALUE ? ready : left[oldest] + 1_000_000_000L;
        long leaves = earliest - ready > 0 ? earliest : ready;
        left[oldest] = leaves;
        oldest = (oldest + 1) % left.length;
        return leaves;
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
