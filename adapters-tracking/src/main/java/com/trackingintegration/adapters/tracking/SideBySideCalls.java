package com.trackingintegration.adapters.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Calls to VTEX Tracking run side by side, a bounded number at once: many small requests then cost about one round
 * trip each group, not one each. The HTTP client still paces and retries every one of them.
 */
final class SideBySideCalls implements AutoCloseable {

    private final ExecutorService threads;

    SideBySideCalls(int atOnce) {
        this.threads = Executors.newFixedThreadPool(atOnce, runnable -> {
            Thread thread = new Thread(runnable, "tracking-call");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Every call's result, in the order of the calls. Each call is seen to its end before a failure is thrown, so no
     * request is still in flight when the caller hears of it; the failure thrown is the call's own.
     */
    <T> List<T> all(List<Callable<T>> calls, String doing) {
        List<T> results = new ArrayList<>(calls.size());
        try {
            for (Future<T> done : threads.invokeAll(calls)) {
                results.add(done.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        }
        return results;
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
