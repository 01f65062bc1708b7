package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.DeliveryServiceRequest;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every verdict taken on one order: one per invoice, or a single one for the whole order. */
public record OrderDecision(String orderId, List<Verdict> verdicts) {

    public OrderDecision {
        verdicts = List.copyOf(verdicts);
        if (verdicts.isEmpty()) {
            throw new IllegalArgumentException("order " + orderId + " has no verdict");
        }
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
