package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.store.JdbcLedgerStates;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.port.InvoicedOrders;

import java.util.List;
import java.util.stream.Stream;

/**
 * The orders reconcile accounts for in a window: those List orders gives for it, then those the ledger holds for it.
 * The second half finds what List orders no longer lists (an order canceled since it was sent). An order in both is
 * listed twice here; the reader's {@code OrdersSeen} hands it out once.
 */
final class WindowAndLedgerOrders implements InvoicedOrders {

    private final InvoicedOrders oms;
    private final JdbcLedgerStates ledger;

    WindowAndLedgerOrders(InvoicedOrders oms, JdbcLedgerStates ledger) {
        this.oms = oms;
        this.ledger = ledger;
    }

    @Override
    public Stream<String> invoicedIn(TimeWindow window) {
        // Read now, before any chunk of the run: the orders this run sends are listed by the OMS already.
        List<String> fromLedger = ledger.ordersInvoicedIn(window);
        // Closing the whole closes the listing too.
        return Stream.concat(oms.invoicedIn(window), fromLedger.stream());
    }

    @Override
    public Order order(String orderId) {
        return oms.order(orderId);
    }

    @Override
    public List<Lookup> orders(List<String> orderIds) {
        return oms.orders(orderIds);
    }
}
