package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Full orders fetched ahead of the chunk that needs them. While the step judges one chunk and sends it to VTEX
 * Tracking, a background thread lists the next ids and has their Get order calls running (the OMS adapter bounds and
 * paces them), so the OMS is kept as busy as its rate limit allows instead of waiting on our database and on
 * Tracking. At most {@code batchesAhead} batches are held or in flight, whatever the number of orders.
 *
 * <p>Only reads run ahead: after a stop, what was fetched but not handed out is fetched again, nothing more. Whatever
 * a background thread meets, an {@link Error} included, reaches the step at {@link #next}; {@link #close} stops
 * every call still running.
 */
final class PrefetchedOrders implements AutoCloseable {

    /** Enough batches in flight for the adapter's fetch threads to stay busy while the next ids are listed. */
    static final int BATCHES_AHEAD = 3;

    private static final Logger log = LoggerFactory.getLogger(PrefetchedOrders.class);
    private static final CompletableFuture<List<Lookup>> END = CompletableFuture.completedFuture(List.of());
    /** A Get order call answers an interrupt at once; this only bounds a close that would otherwise wait on a stuck one. */
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final InvoicedOrders orders;
    private final Iterator<String> ids;
    private final int batchSize;
    private final UnaryOperator<List<String>> toFetch;
    private final Semaphore ahead;
    private final BlockingQueue<CompletableFuture<List<Lookup>>> batches = new LinkedBlockingQueue<>();
    private final ExecutorService fetchers;
    private final Thread lister;
    private final int batchesAhead;
    private volatile boolean closed;
    private Iterator<Lookup> current = Collections.emptyIterator();
    private boolean finished;

    /**
     * @param ids     read by the background thread only, from the first {@link #next} on
     * @param toFetch which ids of a batch to fetch and hand out, called on the background thread before any Get
     *                order: the others were had already
     */
    PrefetchedOrders(InvoicedOrders orders, Iterator<String> ids, int batchSize, int batchesAhead, UnaryOperator<List<String>> toFetch) {
        this.orders = orders;
        this.ids = ids;
        this.batchSize = batchSize;
        this.toFetch = toFetch;
        this.ahead = new Semaphore(batchesAhead);
        this.batchesAhead = batchesAhead;
        this.fetchers = Executors.newFixedThreadPool(batchesAhead, daemon("order-prefetch"));
        this.lister = daemon("order-list").newThread(this::list);
    }

    /** The next order, in the order of the ids; null after the last. A failed list or fetch is thrown here, in turn. */
    Lookup next() {
        if (lister.getState() == Thread.State.NEW) {
            lister.start();
        }
        while (!current.hasNext()) {
            if (finished) {
                return null;
            }
            if (closed) {
                throw closedWhileReading();
            }
            CompletableFuture<List<Lookup>> batch = take();
            if (batch == END) {
                finished = true;
                return null;
            }
            current = join(batch).iterator();
            ahead.release();
        }
        return current.next();
    }

    private void list() {
        try {
            while (!closed && ids.hasNext()) {
                List<String> batch = new ArrayList<>(batchSize);
                while (batch.size() < batchSize && ids.hasNext()) {
                    batch.add(ids.next());
                }
                List<String> wanted = toFetch.apply(batch);
                if (wanted.isEmpty()) {
                    continue;
                }
                ahead.acquire();
                if (closed) {
                    return;
                }
                batches.add(CompletableFuture.supplyAsync(() -> orders.orders(wanted), fetchers));
            }
            batches.add(END);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RejectedExecutionException rejected) {
            if (!closed) {
                batches.add(CompletableFuture.failedFuture(rejected));
            }
        } catch (Throwable listFailed) {
            // Any Throwable, an OutOfMemoryError too: a thread that died silently would leave the step waiting forever.
            batches.add(CompletableFuture.failedFuture(listFailed));
        }
    }

    private static IllegalStateException closedWhileReading() {
        return new IllegalStateException("the OMS order reader was closed while orders were still being read");
    }

    private CompletableFuture<List<Lookup>> take() {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the OMS orders", e);
        }
    }

    private static List<Lookup> join(CompletableFuture<List<Lookup>> batch) {
        try {
            return batch.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Stops the lister and every fetch still running (their Get order calls are interrupted), and waits until they have.
     * The lister is told, never interrupted: it may be inside the filter's database query, and an interrupt during an
     * HSQLDB file's I/O closes the file's channel under the whole job. It is woken from its wait for a free batch by
     * the permits given here, and ends after its current listing call at the latest.
     */
    @Override
    public void close() {
        closed = true;
        // A read still waiting, or made after the close, fails (the step is restartable) rather than taking the
        // reader for exhausted: an end of orders here would let the run complete, and move its window, without them.
        batches.add(CompletableFuture.failedFuture(closedWhileReading()));
        ahead.release(batchesAhead + 1);
        fetchers.shutdownNow();
        try {
            lister.join(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
            if (!fetchers.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("Get order calls still running {} s after the reader was closed", CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
