package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.trackingintegration.http.NamedTransformer;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * VTEX Tracking with a memory, for the restart tests: it keeps every invoice it took (and how often), can go down
 * after a number of batches, can take a batch and hold its answer until the test releases it (so a test kills, stops
 * or signals the process while the batch is in flight, whatever the machine's speed), and answers invoice lookups from
 * what it holds.
 */
final class FakeTracking extends NamedTransformer {

    static final String NAME = "fake-tracking";
    private static final Pattern INVOICE = Pattern.compile("\"invoiceOrderOfService\":\"([^\"]+)\"");
    private static final Pattern ORDER = Pattern.compile("\"orderNumber\":\"([^\"]+)\"");

    static final Map<String, AtomicInteger> TAKEN = new ConcurrentHashMap<>();
    /** The order each invoice taken belongs to, as Tracking answers it on a look-up. */
    static final Map<String, String> ORDER_OF = new ConcurrentHashMap<>();
    static final AtomicInteger BATCHES = new AtomicInteger();
    static volatile int downAfterBatches = Integer.MAX_VALUE;
    private static volatile int heldBatch = -1;
    private static volatile CountDownLatch holding = new CountDownLatch(1);
    private static volatile CountDownLatch released = new CountDownLatch(1);

    static void reset() {
        TAKEN.clear();
        ORDER_OF.clear();
        BATCHES.set(0);
        downAfterBatches = Integer.MAX_VALUE;
        heldBatch = -1;
        holding = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    /** Batch number {@code batch} (from 1) is taken, then its answer waits for {@link #release()}. */
    static void hold(int batch) {
        heldBatch = batch;
    }

    /** Waits until the held batch has been taken (and is being held). */
    static void awaitHeld() throws InterruptedException {
        if (!holding.await(2, TimeUnit.MINUTES)) {
            throw new AssertionError("batch " + heldBatch + " never reached VTEX Tracking (" + BATCHES.get() + " batches came)");
        }
    }

    static void release() {
        released.countDown();
    }

    FakeTracking() {
        super(NAME);
    }

    private static void awaitRelease() {
        try {
            if (!released.await(3, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the held batch was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        var request = event.getRequest();
        if (request.getUrl().startsWith("/receiver/services/invoice")) {
            String invoice = request.queryParameter("invoice").firstValue();
            return TAKEN.containsKey(invoice)
                    ? ResponseDefinitionBuilder.responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"page\":1,\"pageSize\":25,\"totalCount\":1,\"data\":[{\"invoiceOrderOfService\":\"" + invoice
                    + "\",\"orderNumber\":\"" + ORDER_OF.get(invoice) + "\"}]}").build()
                    : ResponseDefinitionBuilder.responseDefinition().withStatus(404).build();
        }
        int batch = BATCHES.incrementAndGet();
        if (batch > downAfterBatches) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(500).build();
        }
        String body = request.getBodyAsString();
        List<String> invoices = INVOICE.matcher(body).results().map(m -> m.group(1)).toList();
        List<String> orders = ORDER.matcher(body).results().map(m -> m.group(1)).toList();
        for (int i = 0; i < invoices.size(); i++) {
            TAKEN.computeIfAbsent(invoices.get(i), k -> new AtomicInteger()).incrementAndGet();
            ORDER_OF.put(invoices.get(i), orders.get(i));
        }
        if (batch == heldBatch) {
            holding.countDown();
            awaitRelease();
        }
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200).build();
    }
}
