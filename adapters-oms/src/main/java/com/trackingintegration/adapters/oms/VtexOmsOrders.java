package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.report.PersonalData;
import com.trackingintegration.http.ClientErrorException;
import com.trackingintegration.http.HttpCall;
import com.trackingintegration.http.HttpPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 *
 * <p>The sale invoices of invoiced orders that carry their NF-e XML (embedded, or an {@code invoiceUrl} ending in
 * {@code .xml}) have it read, by the same fetchers, from hosts that get none of the OMS's credentials
 * ({@link NfeFiles}); what each reading gave is on its invoice ({@code Invoice.nfe()}).
 */
public final class VtexOmsOrders implements InvoicedOrders, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VtexOmsOrders.class);

    private final OmsApi api;
    private final Clock clock;
    private final OmsOrderMapper mapper = new OmsOrderMapper();
    private final ExecutorService fetchers;
    private final NfeFiles nfeFiles;

    public VtexOmsOrders(OmsSettings settings) {
        this(settings, Clock.systemUTC());
    }

    VtexOmsOrders(OmsSettings settings, Clock clock) {
        this.api = new OmsApi(settings);
        this.clock = clock;
        this.nfeFiles = new NfeFiles(settings.http());
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
        return OmsApi.PORT.stream(() -> listed(window));
    }

    private Stream<String> listed(TimeWindow window) {
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


    /** The order, its NF-e files read as in {@link #orders}, the same rule failing it when no link's host answers. */
    @Override
    public Order order(String orderId) {
        return OmsApi.PORT.get(() -> read(orderId));
    }

    private Order read(String orderId) {
        OmsOrder order = getOrder(orderId);
        NfeBatch nfes = new NfeBatch(fetchers, nfeFiles);
        try {
            nfes.read(order);
            nfes.requireSomeHostReached(1);
            return nfes.attach(order);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the NF-e files of order " + orderId, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } finally {
            nfes.cancel();
        }
    }

    private OmsOrder getOrder(String orderId) {
        String body = api.send(HttpCall.get(HttpPath.of("/api/oms/pvt/orders/{orderId}", orderId))).body();
        return mapper.read(body);
    }

    /**
     * The first failure, whichever call it is, ends the batch at once, and the batch's other calls are stopped for
     * real (their threads interrupted, which aborts their HTTP exchange): a failed or closed reader leaves no Get
     * order running. An interrupt of the calling thread stops them the same way.
     *
     * <p>Each order's NF-e files are read as soon as its Get order answered. A file that cannot be had is that
     * invoice's reading ({@code Missing}, {@code Unreadable}, {@code Unreachable}), never an exception, with one
     * exception: when the batch fetched at least one link and every link's host was unreachable (connection
     * refused, timeouts, 5xx after the retries), the whole call fails with a {@link
     * com.trackingintegration.http.RemoteUnavailableException}, as when the OMS is down: one line says how many
     * fetches failed, at which hosts, that the run stops and that {@code restart} resumes it. The step fails,
     * restartable, and no invoice of the batch is recorded, rather than every invoice deferred for a network fault.
     */
    @Override
    public List<Lookup> orders(List<String> orderIds) {
        return OmsApi.PORT.get(() -> readAll(orderIds));
    }

    private List<Lookup> readAll(List<String> orderIds) {
        CompletionService<Read> completion = new ExecutorCompletionService<>(fetchers);
        List<Future<Read>> lookups = new ArrayList<>(orderIds.size());
        NfeBatch nfes = new NfeBatch(fetchers, nfeFiles);
        try {
            for (String orderId : orderIds) {
                lookups.add(completion.submit(() -> lookUp(orderId)));
            }
            for (int i = 0; i < lookups.size(); i++) {
                completion.take().get().order().ifPresent(nfes::read);
            }
            nfes.requireSomeHostReached(orderIds.size());
            List<Lookup> results = new ArrayList<>(orderIds.size());
            for (Future<Read> lookup : lookups) {
                Read read = lookup.get();
                results.add(read.order().isPresent() ? Lookup.found(nfes.attach(read.order().get())) : read.lookup());
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
            nfes.cancel();
        }
    }

    /**
     * A refused or unreadable order is that order's problem, the refusal told by its status and VTEX's error code
     * ({@code "404 OMS001"}); an OMS that is down, or that refuses the app key (401, 403: an
     * {@code AccessRefusedException}), is everyone's, and is thrown.
     */
    private Read lookUp(String orderId) {
        try {
            return new Read(Optional.of(getOrder(orderId)), null);
        } catch (ClientErrorException refused) {
            // Nothing of the order was read to mask by value; an e-mail VTEX's answer might name is masked all the same.
            return new Read(Optional.empty(), Lookup.refused(orderId, PersonalData.maskedIn(refused.getMessage(), List.of()),
                    (refused.status() + " " + VtexErrorJson.codeOf(refused.body())).strip()));
        } catch (IllegalArgumentException unreadable) {
            return new Read(Optional.empty(), Lookup.failed(orderId, unreadable.getMessage()));
        }
    }

    /** An order Get order gave (its invoice XML beside it), or the lookup that says why there is none. */
    private record Read(Optional<OmsOrder> order, Lookup lookup) {
    }

    @Override
    public void close() {
        fetchers.shutdownNow();
    }
}
