package com.trackingintegration.batch.cli;

import org.springframework.batch.core.BatchStatus;

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

    private ExitCodes() {
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
