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

    /**
     * One order read, or the reason it could not be.
     *
     * @param refusal when the OMS refused this order, what kind of refusal it was (the HTTP status and VTEX's error
     *                code, e.g. {@code "404 OMS001"}), so that many orders refused alike can be told from one bad order;
     *                empty when the order was read, or when what came back could not be read
     */
    record Lookup(String orderId, Optional<Order> order, String problem, String refusal) {

        public Lookup {
            problem = problem == null ? "" : problem;
            refusal = refusal == null ? "" : refusal;
        }

        public static Lookup found(Order order) {
            return new Lookup(order.orderId(), Optional.of(order), "", "");
        }

        public static Lookup failed(String orderId, String problem) {
            return new Lookup(orderId, Optional.empty(), problem, "");
        }

        public static Lookup refused(String orderId, String problem, String refusal) {
            return new Lookup(orderId, Optional.empty(), problem, refusal);
        }
    }

    private Lookup lookUp(String orderId) {
        return Lookup.found(order(orderId));
    }
}
