package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.http.ClientErrorException;
import com.trackingintegration.http.HttpCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Invoiced orders from the VTEX OMS: ids from List orders ({@code f_status=invoiced} and an invoicing window), each
 * order from Get order. A chunk's orders are fetched in parallel, up to the configured bound, so a nightly run is
 * limited by VTEX's rate, not by one round trip after another.
 */
public final class VtexOmsOrders implements InvoicedOrders, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VtexOmsOrders.class);

    private final OmsApi api;
    private final Clock clock;
    private final OmsOrderMapper mapper = new OmsOrderMapper();
    private final ExecutorService fetchers;

    public VtexOmsOrders(OmsSettings settings) {
        this(settings, Clock.systemUTC());
    }

    VtexOmsOrders(OmsSettings settings, Clock clock) {
        this.api = new OmsApi(settings);
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.fetchers = Executors.newFixedThreadPool(settings.fetchConcurrency(), runnable -> {
            Thread thread = new Thread(runnable, "oms-get-order-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The window's end is pulled back to now minus the indexing lag: an order invoiced later may not be listed yet,
     * and the next run's window starts where this one really ended.
     */
    @Override
    public Stream<String> invoicedIn(TimeWindow window) {
        Instant latest = clock.instant().minus(api.settings().indexingLag()).truncatedTo(ChronoUnit.MILLIS);
        Instant from = window.from().truncatedTo(ChronoUnit.MILLIS);
        Instant to = window.to().isAfter(latest) ? latest : window.to().truncatedTo(ChronoUnit.MILLIS);
        if (!from.isBefore(to)) {
            log.info("Nothing to list in {}: it ends within the {} OMS indexing lag", window, api.settings().indexingLag());
            return Stream.empty();
        }
        InvoicedWindows ids = new InvoicedWindows(api, new TimeWindow(from, to));
        return StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(ids, java.util.Spliterator.ORDERED), false);
    }


    @Override
    public Order order(String orderId) {
        String body = api.send(HttpCall.get(OmsApi.path("/api/oms/pvt/orders/%s", orderId))).body();
        return mapper.fromJson(body);
    }

    @Override
    public List<Lookup> orders(List<String> orderIds) {
        List<CompletableFuture<Lookup>> lookups = new ArrayList<>(orderIds.size());
        for (String orderId : orderIds) {
            lookups.add(CompletableFuture.supplyAsync(() -> lookUp(orderId), fetchers));
        }
        List<Lookup> results = new ArrayList<>(orderIds.size());
        for (CompletableFuture<Lookup> lookup : lookups) {
            try {
                results.add(lookup.join());
            } catch (CompletionException e) {
                lookups.forEach(other -> other.cancel(true));
                throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
            }
        }
        return results;
    }

    /**
     * A refused or unreadable order is that order's problem, the refusal told by its status and VTEX's error code
     * ({@code "404 OMS001"}); an OMS that is down, or that refuses the app key (401, 403: an
     * {@code AccessRefusedException}), is everyone's, and is thrown.
     */
    private Lookup lookUp(String orderId) {
        try {
            return Lookup.found(order(orderId));
        } catch (ClientErrorException refused) {
            return Lookup.refused(orderId, refused.getMessage(), (refused.status() + " " + VtexErrorJson.codeOf(refused.body())).strip());
        } catch (IllegalArgumentException unreadable) {
            return Lookup.failed(orderId, unreadable.getMessage());
        }
    }

    @Override
    public void close() {
        fetchers.shutdownNow();
    }
}
