package com.trackingintegration.domain.port;

import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.TimeWindow;

import java.util.stream.Stream;

/** The OMS orders invoiced in a span of time, and each order in full. */
public interface InvoicedOrders {

    /**
     * The ids of the orders invoiced in the window, each once. A stream, because a busy day holds more orders than
     * should sit in memory; close it when done.
     */
    Stream<String> invoicedIn(TimeWindow window);

    /** The whole order, with its invoices, address and customer. */
    Order order(String orderId);
}
