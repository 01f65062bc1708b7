package com.trackingintegration.adapters.oms;

import com.trackingintegration.adapters.oms.NfeFiles.NfeFile;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.http.RemoteUnavailableException;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The NF-e files of one batch of orders, read in parallel on the adapter's own fetchers (so within the bound of its
 * Get order calls): the sale invoices of the invoiced orders that carry their XML; every other invoice stays
 * {@code NotCarried}. Used from the thread that asked for the batch, never from a fetcher, so no fetcher waits on
 * another.
 */
final class NfeBatch {

    private final ExecutorService fetchers;
    private final NfeFiles files;
    /** Per order, one read per invoice (null where the invoice is not read). */
    private final Map<OmsOrder, List<Future<NfeFile>>> reads = new IdentityHashMap<>();

    NfeBatch(ExecutorService fetchers, NfeFiles files) {
        this.fetchers = fetchers;
        this.files = files;
    }

    void read(OmsOrder order) {
        if (!order.order().status().isInvoiced()) {
            return;
        }
        List<Future<NfeFile>> invoices = new ArrayList<>();
        for (int i = 0; i < order.order().invoices().size(); i++) {
            Invoice invoice = order.invoice(i);
            String embedded = order.embeddedInvoiceOf(i);
            invoices.add(invoice.isSale() && invoice.carriesNfeXml() ? fetchers.submit(() -> files.read(invoice, embedded)) : null);
        }
        reads.put(order, invoices);
    }

    /**
     * A batch's fetches say something about the run only when there are several: a single fetch that fails (typically
     * an order waiting alone in the deferred step for its host to come back) is that invoice's problem, and stopping
     * every night's run for it would hold the whole import up for one order.
     */
    static final int FETCHES_TO_JUDGE_THE_RUN = 2;

    /**
     * Waits for every read, then fails the batch when it fetched at least {@link #FETCHES_TO_JUDGE_THE_RUN} links and
     * no link's host answered: one unreachable host among reachable ones is that invoice's problem; every host
     * unreachable is the run's (the network, a proxy, the merchant's file server down), and recording each invoice as
     * deferred, or as sent without its NF-e's data, would only hide it.
     */
    void requireSomeHostReached(int orders) throws InterruptedException, ExecutionException {
        List<NfeFile> fetched = new ArrayList<>();
        for (List<Future<NfeFile>> invoices : reads.values()) {
            for (Future<NfeFile> read : invoices) {
                if (read != null && read.get().fetchedFromLink()) {
                    fetched.add(read.get());
                }
            }
        }
        if (fetched.size() < FETCHES_TO_JUDGE_THE_RUN || fetched.stream().anyMatch(file -> file.unreachable().isEmpty())) {
            return;
        }
        TreeSet<String> hosts = new TreeSet<>();
        fetched.forEach(file -> file.host().ifPresent(hosts::add));
        RemoteUnavailableException first = fetched.get(0).unreachable().orElseThrow();
        throw new RemoteUnavailableException(NfeFiles.SYSTEM + (hosts.size() == 1 ? "" : "s"), first.call(), first.status(),
                "none of the " + fetched.size() + " NF-e XML fetches of this batch of " + orders + " orders reached its host ("
                        + String.join(", ", hosts) + "; " + first.what() + "): the run stops with nothing of these orders"
                        + " recorded, and restart resumes it once the host answers", first);
    }

    /** The order with what reading each invoice's NF-e gave; call after {@link #requireSomeHostReached}. */
    Order attach(OmsOrder order) throws InterruptedException, ExecutionException {
        List<Future<NfeFile>> invoices = reads.get(order);
        if (invoices == null) {
            return order.order();
        }
        List<Invoice> read = new ArrayList<>();
        for (int i = 0; i < invoices.size(); i++) {
            Future<NfeFile> file = invoices.get(i);
            read.add(file == null ? order.invoice(i) : order.invoice(i).withNfe(file.get().reading()));
        }
        return order.order().withInvoices(read);
    }

    /** Stops the reads still running: their threads are interrupted, which aborts their HTTP exchange. */
    void cancel() {
        reads.values().stream().flatMap(List::stream).filter(Objects::nonNull).forEach(read -> read.cancel(true));
    }
}
