package com.trackingintegration.batch.reconcile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Optional;

import com.trackingintegration.batch.nativeimport.NativeOrderProcessor;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The rules' decision on each order as the OMS has it now: nativeImport's, with nothing left out (reconcile compares
 * the ledger and VTEX Tracking itself). An order the ledger holds for the window but that the OMS says was invoiced
 * at another time belongs to another window: it is filtered out here, and accounted for there.
 */
class ReconcileProcessor implements ItemProcessor<Lookup, OrderDecision> {

    private static final Logger log = LoggerFactory.getLogger(ReconcileProcessor.class);

    private final NativeOrderProcessor rules;
    private final TimeWindow window;

    ReconcileProcessor(NativeOrderProcessor rules, TimeWindow window) {
        this.rules = rules;
        this.window = window;
    }

    @Override
    public OrderDecision process(Lookup lookup) {
        Optional<Instant> anotherWindows = lookup.order().flatMap(Order::invoicedAt)
                .filter(at -> at.isBefore(window.from()) || !at.isBefore(window.to()));
        if (anotherWindows.isPresent()) {
            // Said in the log, so that the step's "read" beyond the orders accounted for is explained.
            log.info("Order {} was invoiced at {}, outside {}: accounted for by a reconcile of its own day", lookup.orderId(), anotherWindows.get(), window);
            return null;
        }
        return rules.process(lookup);
    }
}
