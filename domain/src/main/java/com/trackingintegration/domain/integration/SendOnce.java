package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.port.IntegrationLedger;

import java.util.stream.Collectors;

/**
 * Keeps an unchanged invoice from being sent again: a ready invoice whose fingerprint matches the last version VTEX
 * Tracking acknowledged for its delivery service (order, number and series) is left out. A changed invoice (new address, new route) has a new fingerprint and goes again.
 */
public final class SendOnce {

    private final IntegrationLedger ledger;

    public SendOnce(IntegrationLedger ledger) {
        this.ledger = ledger;
    }

    public OrderDecision apply(OrderDecision decision) {
        return decision.withVerdicts(decision.verdicts().stream().map(this::apply).collect(Collectors.toList()));
    }

    private Verdict apply(Verdict verdict) {
        if (verdict.request().isEmpty()) {
            return verdict;
        }
        DeliveryServiceRequest request = verdict.request().get();
        boolean unchanged = ledger.lastSent(request.service().id())
                .map(sent -> sent.equals(request.fingerprint()))
                .orElse(false);
        return unchanged ? verdict.alreadySent() : verdict;
    }
}
