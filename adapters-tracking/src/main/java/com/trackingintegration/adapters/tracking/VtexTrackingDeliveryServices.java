package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.DeliveryServiceRoute;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.http.HttpCall;
import com.trackingintegration.http.HttpReply;
import com.trackingintegration.http.OutcomeUnknownException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Delivery services in VTEX Tracking: unrouted ones go to {@code POST /services} in batches; those routed outside go
 * to {@code POST /services/routes}, one request per route. VTEX Tracking answers a batch with 200 or 400 and no
 * detail, so a refused batch is sent again one service at a time: the good ones go in, and each bad one is named
 * with VTEX's message.
 */
public final class VtexTrackingDeliveryServices implements DeliveryServices, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VtexTrackingDeliveryServices.class);

    /**
     * The requests of one send run side by side, up to this many: a chunk's batches and routes then take one round
     * trip, not one each, and the chunk's transaction stays short.
     */
    static final int REQUESTS_AT_ONCE = 4;

    /**
     * How often a request whose answer was lost is looked up and its missing services sent again; then the send
     * fails, and the job stops, restartable (a restart looks its pending invoices up before sending).
     */
    static final int LOOK_UPS = 2;

    private final ExecutorService senders = Executors.newFixedThreadPool(REQUESTS_AT_ONCE, runnable -> {
        Thread thread = new Thread(runnable, "tracking-send");
        thread.setDaemon(true);
        return thread;
    });

    private final TrackingApi api;

    public VtexTrackingDeliveryServices(TrackingSettings settings) {
        this(new TrackingApi(settings, Clock.systemUTC()));
    }

    VtexTrackingDeliveryServices(TrackingApi api) {
        this.api = api;
    }

    @Override
    public List<SendResult> send(List<DeliveryServiceRequest> requests) {
        List<Callable<List<SendResult>>> sends = new ArrayList<>();
        List<DeliveryService> unrouted = requests.stream().filter(r -> !r.isRouted()).map(DeliveryServiceRequest::service).toList();
        for (List<DeliveryService> batch : batches(unrouted)) {
            sends.add(() -> sendWithIsolation(batch, Optional.empty()));
        }
        for (Map.Entry<DeliveryServiceRoute, List<DeliveryService>> route : byRoute(requests).entrySet()) {
            for (List<DeliveryService> batch : batches(route.getValue())) {
                sends.add(() -> sendWithIsolation(batch, Optional.of(route.getKey())));
            }
        }
        return all(sends);
    }

    /** Every request's results, in order. Each request is seen to its end before a failure is thrown. */
    private List<SendResult> all(List<Callable<List<SendResult>>> sends) {
        List<SendResult> results = new ArrayList<>();
        try {
            for (Future<List<SendResult>> sent : senders.invokeAll(sends)) {
                results.addAll(sent.get());
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending delivery services to VTEX Tracking", e);
        }
        return results;
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }

    /**
     * Looked up by invoice number (the only key {@code GET /services/invoice} takes), then matched on the order and
     * the series too: another order's invoice with the same number (another branch's series) is not this one.
     */
    @Override
    public List<TrackedService> lookUp(DeliveryServiceId service) {
        HttpCall call = HttpCall.get(HttpCall.withQuery("/services/invoice", Map.of("invoice", service.invoiceNumber())));
        return api.sendUnlessNotFound(call)
                .map(reply -> TrackingJson.read(reply.body(), ServicePageJson.class, "a page of delivery services"))
                .map(page -> page.services().stream()
                        .filter(s -> service.matches(s.orderNumber(), s.invoiceOrderOfService(), s.invoiceOrderOfServiceSerie()))
                        .map(s -> new TrackedService(s.deliveryServiceStatus() == null ? "" : s.deliveryServiceStatus().description(), s.idExternal()))
                        .toList())
                .orElse(List.of());
    }

    /** One request for all: VTEX Tracking answers 200 with no detail, or refuses, and then nothing is taken for removed. */
    @Override
    public List<RemovalResult> remove(List<InvoiceRef> invoices) {
        if (invoices.isEmpty()) {
            return List.of();
        }
        List<DeliveryServiceJson.InvoiceRef> body = invoices.stream()
                .map(i -> new DeliveryServiceJson.InvoiceRef(i.invoiceNumber(), i.series())).toList();
        HttpReply reply = api.exchange(HttpCall.put("/services", TrackingJson.write(body)));
        String refusal = reply.isSuccess() ? "" : "VTEX Tracking answered " + reply.status() + (reply.excerpt().isEmpty() ? "" : ": " + reply.excerpt());
        log.info("Removed {} packing list(s) from VTEX Tracking", reply.isSuccess() ? invoices.size() : 0);
        return invoices.stream().map(i -> new RemovalResult(i, reply.isSuccess(), refusal)).toList();
    }

    /**
     * One request, and what became of each of its services. When its answer is lost, VTEX Tracking is asked which of
     * them it holds, and only the others are sent again: a POST carries no idempotency key, so sending a batch again
     * blindly would create each of its services twice.
     */
    private List<SendResult> sendWithIsolation(List<DeliveryService> batch, Optional<DeliveryServiceRoute> route) {
        Map<DeliveryService, SendResult> results = new IdentityHashMap<>();
        List<DeliveryService> toSend = batch;
        for (int lookUps = 0; ; lookUps++) {
            try {
                answered(toSend, route, api.exchange(call(toSend, route))).forEach(results::put);
                return inBatchOrder(batch, results);
            } catch (OutcomeUnknownException lost) {
                if (lookUps == LOOK_UPS) {
                    throw lost;
                }
                log.warn("{}: asking VTEX Tracking which of its {} delivery service(s) it holds before sending any again",
                        lost.getMessage(), toSend.size());
                settle(lost);
                List<DeliveryService> missing = new ArrayList<>();
                for (DeliveryService service : toSend) {
                    if (held(service.id()) > 0) {
                        results.put(service, new SendResult(service.id(), true, ""));
                    } else {
                        missing.add(service);
                    }
                }
                if (missing.isEmpty()) {
                    return inBatchOrder(batch, results);
                }
                toSend = missing;
            }
        }
    }

    private Map<DeliveryService, SendResult> answered(List<DeliveryService> batch, Optional<DeliveryServiceRoute> route, HttpReply reply) {
        Map<DeliveryService, SendResult> results = new IdentityHashMap<>();
        if (reply.isSuccess()) {
            batch.forEach(s -> results.put(s, new SendResult(s.id(), true, "")));
            return results;
        }
        if (batch.size() == 1) {
            results.put(batch.get(0), new SendResult(batch.get(0).id(), false,
                    "VTEX Tracking answered " + reply.status() + (reply.excerpt().isEmpty() ? "" : ": " + reply.excerpt())));
            return results;
        }
        log.warn("VTEX Tracking refused a batch of {} delivery services ({}); sending them one by one to find which",
                batch.size(), reply.status());
        for (DeliveryService service : batch) {
            results.put(service, sendWithIsolation(List.of(service), route).get(0));
        }
        return results;
    }

    private static List<SendResult> inBatchOrder(List<DeliveryService> batch, Map<DeliveryService, SendResult> results) {
        return batch.stream().map(results::get).toList();
    }

    /**
     * Whether VTEX Tracking stores a batch before it answers is not documented: a request whose answer was given up
     * on (no status came) may still be at work there. It is given as long again as its answer was waited for before
     * being looked up, so a batch stored late is found rather than sent twice. A request answered (a 5xx) is over.
     */
    private void settle(OutcomeUnknownException lost) {
        if (lost.status() != 0) {
            return;
        }
        try {
            Thread.sleep(api.settings().http().readTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to look up delivery services in VTEX Tracking", e);
        }
    }

    private HttpCall call(List<DeliveryService> batch, Optional<DeliveryServiceRoute> route) {
        Instant sentAt = api.now();
        if (route.isEmpty()) {
            return HttpCall.post("/services", TrackingJson.write(batch.stream().map(service -> DeliveryServiceJson.of(service, sentAt)).toList()));
        }
        return HttpCall.post("/services/routes", TrackingJson.write(DeliveryServiceJson.of(route.get(), batch, sentAt)));
    }

    private List<List<DeliveryService>> batches(List<DeliveryService> services) {
        int size = api.settings().maxBatchSize();
        List<List<DeliveryService>> batches = new ArrayList<>();
        for (int from = 0; from < services.size(); from += size) {
            batches.add(services.subList(from, Math.min(services.size(), from + size)));
        }
        return batches;
    }

    private static Map<DeliveryServiceRoute, List<DeliveryService>> byRoute(List<DeliveryServiceRequest> requests) {
        return requests.stream().filter(DeliveryServiceRequest::isRouted).collect(Collectors.groupingBy(
                r -> r.route().orElseThrow(), LinkedHashMap::new, Collectors.mapping(DeliveryServiceRequest::service, Collectors.toList())));
    }
}
