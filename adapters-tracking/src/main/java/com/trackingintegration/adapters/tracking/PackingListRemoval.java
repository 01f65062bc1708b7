package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.port.DeliveryServices.InvoiceRef;
import com.trackingintegration.domain.port.DeliveryServices.RemovalResult;
import com.trackingintegration.domain.report.PersonalData;
import com.trackingintegration.http.HttpCall;
import com.trackingintegration.http.HttpReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code PUT /services}: removes the packing lists of invoices, many per request. tracking.json documents only a 200
 * with no body, so a refused request names no invoice: it is sent again one invoice at a time to find which Tracking
 * refuses, and the others are removed. A PUT is safe to send again (removing a packing list already removed is what
 * a re-run does anyway), so the HTTP client retries it, and a Tracking still failing (5xx, unreachable) is thrown: the
 * job stops, restartable. Only counts are logged: invoice numbers stay in the results, not in the logs.
 */
final class PackingListRemoval {

    private static final Logger log = LoggerFactory.getLogger(PackingListRemoval.class);

    static final String NO_SUCH_INVOICE = "VTEX Tracking holds no such invoice";

    private final TrackingApi api;

    PackingListRemoval(TrackingApi api) {
        this.api = api;
    }

    /** What became of each invoice, in the order given. */
    List<RemovalResult> remove(List<InvoiceRef> invoices) {
        if (invoices.isEmpty()) {
            return List.of();
        }
        int size = api.settings().maxBatchSize();
        List<RemovalResult> results = new ArrayList<>(invoices.size());
        for (int from = 0; from < invoices.size(); from += size) {
            results.addAll(removeWithIsolation(invoices.subList(from, Math.min(invoices.size(), from + size))));
        }
        log.info("Removed {} of {} packing list(s) from VTEX Tracking", results.stream().filter(RemovalResult::removed).count(), invoices.size());
        return results;
    }

    private List<RemovalResult> removeWithIsolation(List<InvoiceRef> batch) {
        HttpReply reply = api.exchange(HttpCall.put("/services", TrackingJson.write(body(batch))));
        if (reply.isSuccess()) {
            return batch.stream().map(invoice -> new RemovalResult(invoice, true, "")).toList();
        }
        if (batch.size() == 1) {
            return List.of(new RemovalResult(batch.get(0), false, refusal(reply)));
        }
        log.warn("VTEX Tracking refused the removal of {} packing lists at once ({}); removing them one by one to find which",
                batch.size(), reply.status());
        return batch.stream().flatMap(invoice -> removeWithIsolation(List.of(invoice)).stream()).toList();
    }

    private static String refusal(HttpReply reply) {
        if (reply.status() == 404) {
            return NO_SUCH_INVOICE;
        }
        // A removal carries no person's data to mask by value; an e-mail VTEX's answer might name is masked all the same.
        return "VTEX Tracking answered " + reply.status() + (reply.excerpt().isEmpty() ? "" : ": " + PersonalData.maskedIn(reply.excerpt(), List.of()));
    }

    private static List<DeliveryServiceJson.InvoiceRef> body(List<InvoiceRef> batch) {
        return batch.stream().map(invoice -> new DeliveryServiceJson.InvoiceRef(invoice.invoiceNumber(), invoice.series())).toList();
    }
}
