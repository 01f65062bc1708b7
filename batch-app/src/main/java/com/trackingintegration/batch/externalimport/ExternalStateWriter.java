package com.trackingintegration.batch.externalimport;

import com.trackingintegration.batch.store.JdbcExternalOrders;
import com.trackingintegration.batch.store.JdbcIntegrationLedger;
import com.trackingintegration.domain.external.FulfillmentState;
import com.trackingintegration.domain.integration.Disposition;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.integration.Verdict;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * After the delivery services were sent (and the ledger written, in the same transaction), closes each external
 * order that is done: in VTEX Tracking, left out by the merchant's rules, or refused. Orders waiting (cancellation
 * window, route) stay pending for the next run.
 */
class ExternalStateWriter implements ItemWriter<OrderDecision> {

    private final JdbcExternalOrders externalOrders;
    private final JdbcIntegrationLedger ledger;

    ExternalStateWriter(JdbcExternalOrders externalOrders, JdbcIntegrationLedger ledger) {
        this.externalOrders = externalOrders;
        this.ledger = ledger;
    }

    @Override
    public void write(Chunk<? extends OrderDecision> chunk) {
        for (OrderDecision decision : chunk) {
            if (decision.verdicts().stream().anyMatch(v -> v.disposition() == Disposition.DEFER)
                    || decision.verdicts().stream().anyMatch(v -> v.reason() == Reason.REFUSED_BY_OMS)) {
                continue;
            }
            boolean sent = decision.verdicts().stream().filter(v -> v.request().isPresent()).allMatch(this::inTracking);
            boolean anySent = decision.verdicts().stream().anyMatch(v -> v.request().isPresent() || v.reason() == Reason.ALREADY_SENT);
            String state = anySent && sent ? FulfillmentState.SENT_TO_TRACKING.name()
                    : decision.summary().disposition() == Disposition.REJECT ? JdbcExternalOrders.FAILED : JdbcExternalOrders.SKIPPED;
            externalOrders.save(decision.orderId(), state, "");
        }
    }

    private boolean inTracking(Verdict verdict) {
        return ledger.lastSent(verdict.request().get().service().id())
                .map(sent -> sent.equals(verdict.request().get().fingerprint())).orElse(false);
    }
}
