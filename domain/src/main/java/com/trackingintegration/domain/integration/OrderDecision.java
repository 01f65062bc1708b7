package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.DeliveryServiceRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every verdict taken on one order: one per invoice, or a single one for the whole order.
 *
 * @param refusal when the OMS refused to give the order, the kind of refusal (HTTP status and VTEX error code, as
 *                {@code InvoicedOrders.Lookup} has it), so that a chunk of orders refused alike can be told from a few
 *                bad orders; empty otherwise
 * @param invoicedAt when the OMS invoiced the order, when known: the ledger keeps it beside what was sent, so reconcile
 *                   finds an order by its day even once List orders no longer lists it (canceled since)
 */
public record OrderDecision(String orderId, List<Verdict> verdicts, String refusal, Optional<Instant> invoicedAt) {

    public OrderDecision {
        verdicts = List.copyOf(verdicts);
        refusal = refusal == null ? "" : refusal;
        invoicedAt = invoicedAt == null ? Optional.empty() : invoicedAt;
        if (verdicts.isEmpty()) {
            throw new IllegalArgumentException("order " + orderId + " has no verdict");
        }
    }

    public OrderDecision(String orderId, List<Verdict> verdicts, String refusal) {
        this(orderId, verdicts, refusal, Optional.empty());
    }

    public OrderDecision(String orderId, List<Verdict> verdicts) {
        this(orderId, verdicts, "");
    }

    /** The same decision with other verdicts (e.g. what was already sent left out). */
    public OrderDecision withVerdicts(List<Verdict> replaced) {
        return new OrderDecision(orderId, replaced, refusal, invoicedAt);
    }

    public List<DeliveryServiceRequest> toSend() {
        return verdicts.stream().map(Verdict::request).flatMap(Optional::stream).collect(Collectors.toList());
    }

    /**
     * The one outcome a report shows for the order: delivered if any invoice goes, else waiting if any waits,
     * else refused if any is refused, else the reason of its first verdict.
     */
    public Reason summary() {
        for (Disposition disposition : List.of(Disposition.DELIVER, Disposition.DEFER, Disposition.REJECT)) {
            Optional<Reason> found = verdicts.stream().map(Verdict::reason).filter(r -> r.disposition() == disposition).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        }
        return verdicts.get(0).reason();
    }
}
