package com.trackingintegration.domain.port;

import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.TimeWindow;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /**
     * Many orders at once, in the order asked: each is the order, or why this one order could not be read (the OMS
     * refused it, or its JSON is unusable). An OMS that is down fails the whole call instead.
     */
    default List<Lookup> orders(List<String> orderIds) {
        return orderIds.stream().map(this::lookUp).collect(Collectors.toList());
    }

    /** One order read, or the reason it could not be. */
    record Lookup(String orderId, Optional<Order> order, String problem) {

        public static Lookup found(Order order) {
            return new Lookup(order.orderId(), Optional.of(order), "");
        }

        public static Lookup failed(String orderId, String problem) {
            return new Lookup(orderId, Optional.empty(), problem);
        }
    }

    private Lookup lookUp(String orderId) {
        return Lookup.found(order(orderId));
    }
}
