package com.trackingintegration.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.trackingintegration.domain.order.Order;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated VTEX, real HTTP on loopback, for the demo and the import benchmark: the OMS (List orders by invoicing
 * window, Get order, the Orders Feed ({@link SimulatedFeed}), the external-order fulfillment steps) and VTEX Tracking (login, delivery services, invoice
 * look-up), with just enough behaviour for the real jobs to run against it. Every external order's start-handling is refused once (VTEX's
 * cancellation window) when {@code cancellationWindowOnce} is set.
 */
public final class SimulatedVtex implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ORDER = Pattern.compile("/api/oms/pvt/orders/([^/]+)(/.*)?");

    private final HttpServer server;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final Map<String, Instant> invoicedAt = new HashMap<>();
    private final SimulatedListing listing;
    private final SimulatedFulfillment fulfillment;
    private final SimulatedTracking tracking;
    private final SimulatedFeed feed;
    private final SimulatedWire wire;

    private SimulatedVtex(List<Order> orders, List<Instant> invoicedAt, boolean cancellationWindowOnce, SimulatedConditions conditions) throws IOException {
        for (int i = 0; i < orders.size(); i++) {
            this.orders.put(orders.get(i).orderId(), orders.get(i));
            this.invoicedAt.put(orders.get(i).orderId(), invoicedAt.get(i));
        }
        this.listing = new SimulatedListing(this.invoicedAt);
        this.fulfillment = new SimulatedFulfillment(cancellationWindowOnce);
        this.wire = new SimulatedWire(conditions);
        this.feed = new SimulatedFeed(JSON, listing.ids(), conditions.feedDuplicateRate(), conditions.clock());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Each request holds a thread for the whole simulated latency: enough threads for a client running 64 calls at
        // once and VTEX Tracking's calls beside them.
        server.setExecutor(Executors.newFixedThreadPool(256, runnable -> {
            Thread thread = new Thread(runnable, "simulated-vtex");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/api/", this::oms);
        this.tracking = new SimulatedTracking(wire::delay);
        server.createContext("/receiver/", tracking::handle);
        server.start();
    }

    /** @param invoicedAt when each order was invoiced, for List orders' window filter */
    public static SimulatedVtex start(List<Order> orders, List<Instant> invoicedAt, boolean cancellationWindowOnce) {
        return start(orders, invoicedAt, cancellationWindowOnce, SimulatedConditions.IDEAL);
    }

    public static SimulatedVtex start(List<Order> orders, List<Instant> invoicedAt, boolean cancellationWindowOnce, SimulatedConditions conditions) {
        try {
            return new SimulatedVtex(orders, invoicedAt, cancellationWindowOnce, conditions);
        } catch (IOException e) {
            throw new UncheckedIOException("the simulated VTEX could not listen on loopback: " + e.getMessage(), e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    /** How many delivery services VTEX Tracking holds, and for which invoices. */
    public Map<String, String> trackingInvoices() {
        return tracking.invoices();
    }

    /** The delivery service VTEX Tracking holds for each invoice number, as last received. */
    public Map<String, JsonNode> trackingServices() {
        return tracking.services();
    }

    /** The simulated VTEX Tracking itself: its services' statuses, what it was asked to remove. */
    public SimulatedTracking tracking() {
        return tracking;
    }

    /** The OMS's order changes (canceled, returned, another address): Get order answers the new one from now on. */
    public void changeOrder(Order order) {
        if (!orders.containsKey(order.orderId())) {
            throw new IllegalArgumentException("the simulated OMS has no order " + order.orderId());
        }
        orders.put(order.orderId(), order);
    }

    /** List orders leaves the order out, as VTEX's index does with an order it has not indexed yet. */
    public void hideFromListing(String orderId) {
        listing.hide(orderId);
    }

    /** The order is indexed: List orders shows it in its invoicing window. */
    public void showInListing(String orderId) {
        listing.show(orderId);
    }

    /** OMS requests received, and how many of them were refused with 429. */
    public long omsRequests() {
        return wire.requests();
    }

    public long throttled() {
        return wire.throttled();
    }

    /** Orders Feed items not committed yet, visible or hidden by their visibility timeout. */
    public int feedWaiting() {
        return feed.waiting();
    }

    /** Delivery services received by VTEX Tracking, repeats included: more than {@link #trackingInvoices()} means one was sent twice. */
    public long servicesReceived() {
        return tracking.servicesReceived();
    }

    private void oms(HttpExchange exchange) throws IOException {
        // Counted against the limit as it arrives, as a gateway counts, then answered after the latency. (Counting
        // after the sleep did not cause the few 429s the benchmark still sees at a 95/s pace: see the README.)
        boolean overLimit = wire.overLimit();
        wire.delay();
        if (overLimit) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            SimulatedHttp.reply(exchange, 429, "{\"error\":{\"message\":\"Too many requests\"}}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Map<String, String> query = SimulatedHttp.query(exchange.getRequestURI());
        if (path.startsWith("/api/orders/feed")) {
            feed.handle(exchange, method, path, query);
        } else if (method.equals("GET") && path.equals("/api/oms/pvt/orders")) {
            listing.answer(exchange, query);
        } else if (path.startsWith("/api/fulfillment/pvt/orders")) {
            fulfillment.handle(exchange, method, path, query);
        } else {
            order(exchange, method, path);
        }
    }

    /** Get order, for the catalog's orders and the external ones placed; the fulfillment steps on an order id. */
    private void order(HttpExchange exchange, String method, String path) throws IOException {
        Matcher order = ORDER.matcher(path);
        if (!order.matches()) {
            SimulatedHttp.reply(exchange, 404, "{\"error\":{\"message\":\"no such path in the simulated OMS\"}}");
            return;
        }
        String id = order.group(1);
        String action = order.group(2) == null ? "" : order.group(2);
        if (!action.isEmpty() || !method.equals("GET")) {
            fulfillment.step(exchange, id, action);
            return;
        }
        Order known = orders.get(id);
        if (known != null) {
            SimulatedHttp.reply(exchange, 200, SimulatedOrderJson.of(known, invoicedAt.get(id)));
        } else if (fulfillment.placed(id)) {
            SimulatedHttp.reply(exchange, 200, "{\"orderId\":\"" + id + "\",\"status\":\"window-to-cancel\"}");
        } else {
            SimulatedHttp.reply(exchange, 404, "{\"error\":{\"code\":\"1\",\"message\":\"Order not found\"}}");
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
