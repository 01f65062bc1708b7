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
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /**
     * The first failure, whichever call it is, ends the batch at once, and the batch's other calls are stopped for
     * real (their threads interrupted, which aborts their HTTP exchange): a failed or closed reader leaves no Get
     * order running. An interrupt of the calling thread stops them the same way.
     */
    @Override
    public List<Lookup> orders(List<String> orderIds) {
        CompletionService<Lookup> completion = new ExecutorCompletionService<>(fetchers);
        List<Future<Lookup>> lookups = new ArrayList<>(orderIds.size());
        try {
            for (String orderId : orderIds) {
                lookups.add(completion.submit(() -> lookUp(orderId)));
            }
            for (int i = 0; i < lookups.size(); i++) {
                completion.take().get();
            }
            List<Lookup> results = new ArrayList<>(orderIds.size());
            for (Future<Lookup> lookup : lookups) {
                results.add(lookup.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + orderIds.size() + " orders from VTEX OMS", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            lookups.forEach(lookup -> lookup.cancel(true));
        }
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
