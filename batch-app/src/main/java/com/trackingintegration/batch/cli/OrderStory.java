package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.batch.store.JdbcDeferredOrders;
import com.trackingintegration.batch.store.JdbcExternalOrders;
import com.trackingintegration.batch.store.JdbcLedgerStates;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.domain.external.ExternalOrder;
import com.trackingintegration.domain.integration.Reason;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything the database knows of one order, read in one go and writing nothing: every outcome recorded for it, what
 * the ledger holds per invoice, whether it waits for its route, and, for an external order, where it stands.
 *
 * @param waitingSince when the order started waiting for its route (TI_DEFERRED); empty when it does not wait
 * @param waitingFor   the reason of the latest DEFERRED outcome of a waiting order
 */
record OrderStory(String orderId, List<JdbcOutcomes.Recorded> outcomes, List<JdbcLedgerStates.Entry> ledger, Optional<Instant> waitingSince,
                  Optional<Reason> waitingFor, Optional<JdbcExternalOrders.Stored> external) {

    /** Never seen by any run: no outcome, no ledger entry, not waiting, not an external order. */
    boolean unknown() {
        return outcomes.isEmpty() && ledger.isEmpty() && waitingSince.isEmpty() && external.isEmpty();
    }

    /** The stores an order's story is read from. */
    record Stores(JdbcOutcomes outcomes, JdbcLedgerStates ledger, JdbcDeferredOrders deferred, JdbcExternalOrders external,
                  Supplier<String> affiliateId) {

        /**
         * The story of {@code id}: an OMS order id, or the ERP order id of an external order (whose OMS id is the
         * affiliate's, {@code <affiliate>-<erpOrderId>}), as customer service may only know the ERP's.
         */
        OrderStory read(String id) {
            String orderId = external.of(id).isPresent() ? id : asExternal(id).filter(oms -> external.of(oms).isPresent()).orElse(id);
            List<JdbcOutcomes.Recorded> recorded = outcomes.ofOrder(orderId);
            Optional<Instant> since = deferred.since(orderId);
            Optional<Reason> why = since.flatMap(s -> recorded.stream().filter(r -> r.row().outcome() == Outcome.DEFERRED)
                    .reduce((first, second) -> second).map(r -> r.row().reason()));
            return new OrderStory(orderId, recorded, ledger.entriesOf(orderId), since, why, external.of(orderId));
        }

        /** The OMS id an external order of this ERP id would have; empty when no affiliate is configured. */
        private Optional<String> asExternal(String erpOrderId) {
            try {
                return Optional.of(ExternalOrder.omsOrderId(affiliateId.get(), erpOrderId));
            } catch (InvalidConfigurationException noAffiliate) {
                return Optional.empty();
            }
        }
    }
}
