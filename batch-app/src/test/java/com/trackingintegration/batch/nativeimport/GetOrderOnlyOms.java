package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.port.InvoicedOrders;

import java.util.stream.Stream;

/** An OMS for the readers' tests, which ask it for Get order batches only: listing a window or one order is a mistake. */
abstract class GetOrderOnlyOms implements InvoicedOrders {

    @Override
    public Stream<String> invoicedIn(TimeWindow window) {
        throw new UnsupportedOperationException("the reader under test lists no window");
    }

    @Override
    public Order order(String orderId) {
        throw new UnsupportedOperationException("the reader under test fetches orders in batches");
    }
}
