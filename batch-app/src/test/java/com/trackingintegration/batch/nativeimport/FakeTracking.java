package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.trackingintegration.http.NamedTransformer;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * VTEX Tracking with a memory, for the restart tests: it keeps every invoice it took (and how often), can go down
 * after a number of batches, can take a batch and answer it late, and answers invoice lookups from what it holds.
 */
final class FakeTracking extends NamedTransformer {

    static final String NAME = "fake-tracking";
    private static final Pattern INVOICE = Pattern.compile("\"invoiceOrderOfService\":\"([^\"]+)\"");

    static final Map<String, AtomicInteger> TAKEN = new ConcurrentHashMap<>();
    static final AtomicInteger BATCHES = new AtomicInteger();
    static volatile int downAfterBatches = Integer.MAX_VALUE;
    static volatile int slowBatch = -1;
    static volatile int slowMillis;

    static void reset() {
        TAKEN.clear();
        BATCHES.set(0);
        downAfterBatches = Integer.MAX_VALUE;
        slowBatch = -1;
    }

    FakeTracking() {
        super(NAME);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        var request = event.getRequest();
        if (request.getUrl().startsWith("/receiver/services/invoice")) {
            String invoice = request.queryParameter("invoice").firstValue();
            return TAKEN.containsKey(invoice)
                    ? ResponseDefinitionBuilder.responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"page\":1,\"pageSize\":25,\"totalCount\":1,\"data\":[{\"invoiceOrderOfService\":\"" + invoice + "\"}]}").build()
                    : ResponseDefinitionBuilder.responseDefinition().withStatus(404).build();
        }
        int batch = BATCHES.incrementAndGet();
        if (batch > downAfterBatches) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(500).build();
        }
        INVOICE.matcher(request.getBodyAsString()).results()
                .forEach(m -> TAKEN.computeIfAbsent(m.group(1), k -> new AtomicInteger()).incrementAndGet());
        ResponseDefinitionBuilder ok = ResponseDefinitionBuilder.responseDefinition().withStatus(200);
        return (batch == slowBatch ? ok.withFixedDelay(slowMillis) : ok).build();
    }
}
