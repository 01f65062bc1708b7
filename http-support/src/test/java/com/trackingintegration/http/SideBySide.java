package com.trackingintegration.http;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells whether a client sends its requests side by side, without measuring time: each request served is held until
 * the number expected are being served at once. A client that sends them one after the other never gets there (the
 * first one held gives up after a while, and so does the test), however fast or slow the machine. It also keeps the
 * most requests it ever served at once, for a bound on a client's parallelism.
 */
public final class SideBySide extends NamedTransformer {

    public static final String NAME = "side-by-side";
    /** Far longer than requests sent together need to arrive; only a client sending one at a time waits this long. */
    private static final long PATIENCE_SECONDS = 10;

    private static volatile CountDownLatch together = new CountDownLatch(0);
    private static final AtomicBoolean metTogether = new AtomicBoolean(true);
    private static final AtomicInteger serving = new AtomicInteger();
    private static final AtomicInteger most = new AtomicInteger();

    public SideBySide() {
        super(NAME);
    }

    /** The next {@code requests} served are held until they are all being served. */
    public static void expect(int requests) {
        together = new CountDownLatch(requests);
        metTogether.set(true);
        serving.set(0);
        most.set(0);
    }

    /** Whether the requests expected were all being served at once. */
    public static boolean metTogether() {
        return metTogether.get() && together.getCount() == 0;
    }

    /** The most requests served at once since {@link #expect}. */
    public static int most() {
        return most.get();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        most.accumulateAndGet(serving.incrementAndGet(), Math::max);
        try {
            CountDownLatch latch = together;
            latch.countDown();
            if (metTogether.get() && !latch.await(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                metTogether.set(false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            serving.decrementAndGet();
        }
        return event.getResponseDefinition();
    }
}
