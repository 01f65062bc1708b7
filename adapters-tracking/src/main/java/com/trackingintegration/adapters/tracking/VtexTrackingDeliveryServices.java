package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.DeliveryServiceRoute;
import com.trackingintegration.domain.port.DeliveryServices;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * Delivery services in VTEX Tracking: unrouted ones go to {@code POST /services} in batches; those routed outside go
 * to {@code POST /services/routes}, one request per route. VTEX Tracking answers a batch with 200 or 400 and no
 * detail, so a refused batch is sent again one service at a time: the good ones go in, and each bad one is named
 * with VTEX's message. Look-ups ({@link InvoiceLookUp}) run side by side like sends, more of them at once; packing
 * lists are removed by {@link PackingListRemoval}. {@link #held} is the port's own count of live services, so the send's recovery and the
 * restart check read a removed packing list alike.
 */
public final class VtexTrackingDeliveryServices implements DeliveryServices, AutoCloseable {

    /**
     * The requests of one send run side by side, up to this many: a chunk's batches and routes then take one round
     * trip, not one each, and the chunk's transaction stays short.
     */
    static final int REQUESTS_AT_ONCE = 4;

    /**
     * The look-ups of one {@link #lookUpAll} run side by side, up to this many: the reconcile of a chunk looks every
     * invoice of it up, and with 4 at once those round trips, not the OMS's limit, bounded reconcile (44 orders a
     * second at 40 ms, measured). 16, as many as the OMS fetches at once by default. VTEX publishes no limit for
     * Tracking's look-ups besides "each GET once in 6 hours", which a reconcile keeps (one look-up per invoice); a 429
     * is waited out by the client like any other, so more at once costs at worst a pause, never a wrong verdict.
     */
    static final int LOOK_UPS_AT_ONCE = 16;

    private final SideBySideCalls calls = new SideBySideCalls(REQUESTS_AT_ONCE);
    private final SideBySideCalls lookUpCalls = new SideBySideCalls(LOOK_UPS_AT_ONCE);

    private final TrackingApi api;
    private final InvoiceLookUp lookUp;
    private final PackingListRemoval removal;
    private final BatchSend batchSend;

    public VtexTrackingDeliveryServices(TrackingSettings settings) {
        this(new TrackingApi(settings, Clock.systemUTC()));
    }

    VtexTrackingDeliveryServices(TrackingApi api) {
        this.api = api;
        this.lookUp = new InvoiceLookUp(api);
        this.removal = new PackingListRemoval(api);
        this.batchSend = new BatchSend(api, lookUp);
    }

    @Override
    public List<SendResult> send(List<DeliveryServiceRequest> requests) {
        return TrackingApi.PORT.get(() -> sent(requests));
    }

    private List<SendResult> sent(List<DeliveryServiceRequest> requests) {
        List<Callable<List<SendResult>>> sends = new ArrayList<>();
        List<DeliveryService> unrouted = requests.stream().filter(r -> !r.isRouted()).map(DeliveryServiceRequest::service).toList();
        for (List<DeliveryService> batch : batches(unrouted)) {
            sends.add(() -> batchSend.send(batch, Optional.empty()));
        }
        for (Map.Entry<DeliveryServiceRoute, List<DeliveryService>> route : byRoute(requests).entrySet()) {
            for (List<DeliveryService> batch : batches(route.getValue())) {
                sends.add(() -> batchSend.send(batch, Optional.of(route.getKey())));
            }
        }
        return calls.all(sends, "sending delivery services to VTEX Tracking").stream().flatMap(List::stream).toList();
    }

    @Override
    public void close() {
        calls.close();
        lookUpCalls.close();
    }

    @Override
    public List<TrackedService> lookUp(DeliveryServiceId service) {
        return TrackingApi.PORT.get(() -> lookUp.of(service));
    }

    @Override
    public int othersReachedByRemoval(DeliveryServiceId service) {
        return TrackingApi.PORT.get(() -> lookUp.othersReachedByRemoval(service));
    }

    /**
     * The look-ups run side by side, like a send's requests. One that fails (Tracking unreachable, still failing after
     * the client's retries, refusing the user) fails the whole call with its own exception: a reconcile must not judge
     * an invoice absent because its look-up could not be made.
     */
    @Override
    public Map<DeliveryServiceId, List<TrackedService>> lookUpAll(Collection<DeliveryServiceId> services) {
        List<DeliveryServiceId> asked = List.copyOf(new LinkedHashSet<>(services));
        List<Callable<List<TrackedService>>> asking = asked.stream().<Callable<List<TrackedService>>>map(id -> () -> lookUp.of(id)).toList();
        List<List<TrackedService>> found = TrackingApi.PORT.get(() -> lookUpCalls.all(asking, "looking delivery services up in VTEX Tracking"));
        Map<DeliveryServiceId, List<TrackedService>> byService = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            byService.put(asked.get(i), found.get(i));
        }
        return byService;
    }

    @Override
    public List<RemovalResult> remove(List<InvoiceRef> invoices) {
        return TrackingApi.PORT.get(() -> removal.remove(invoices));
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
