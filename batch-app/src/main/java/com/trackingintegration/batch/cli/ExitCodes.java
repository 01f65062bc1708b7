package com.trackingintegration.batch.cli;

import org.springframework.batch.core.BatchStatus;

import java.util.List;

/** The process exit codes an operator (or cron, or Kubernetes) reads. */
public final class ExitCodes {

    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int CREDENTIALS_REJECTED = 3;
    public static final int STOPPED = 4;
    /** VTEX could not be reached (refused connection, no answer in time): nothing was read or sent, no key is wrong. */
    public static final int UNREACHABLE = 5;
    /**
     * A reconcile run completed and found what it could not fix (a packing list VTEX Tracking no longer lets it remove
     * or replace): a person must act; the report lists them first. A dry run never exits with it.
     */
    public static final int ATTENTION = 7;

    /**
     * Most serious first: what an operator must fix before anything else can work (keys refused, VTEX out of reach),
     * then a run that failed or was stopped, then what a person must look at, then a mistyped command. The numbers
     * themselves say nothing of it: 7 (attention) is less serious than 1 (failed).
     */
    private static final List<Integer> BY_SERIOUSNESS = List.of(CREDENTIALS_REJECTED, UNREACHABLE, FAILED, STOPPED, ATTENTION, USAGE, COMPLETED);

    private ExitCodes() {
    }

    /** The more serious of two exit codes (an unknown code counts as a failure). */
    public static int worst(int a, int b) {
        return rank(a) <= rank(b) ? a : b;
    }

    private static int rank(int code) {
        int rank = BY_SERIOUSNESS.indexOf(code);
        return rank >= 0 ? rank : BY_SERIOUSNESS.indexOf(FAILED);
    }

    public static int of(BatchStatus status) {
        switch (status) {
            case COMPLETED:
                return COMPLETED;
            case STOPPED:
            case STOPPING:
                return STOPPED;
            default:
                return FAILED;
        }
    }
}
