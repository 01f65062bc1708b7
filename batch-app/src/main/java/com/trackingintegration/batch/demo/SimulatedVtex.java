package com.trackingintegration.batch.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.Order;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
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
    private static final Pattern RANGE = Pattern.compile("invoicedDate:\\[(\\S+) TO (\\S+)]");
    private static final Pattern ORDER = Pattern.compile("/api/oms/pvt/orders/([^/]+)(/.*)?");

    private final HttpServer server;
    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    /** Orders List orders does not show yet (VTEX indexes them late); Get order finds them. */
    private final Set<String> unlisted = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> invoicedAt = new HashMap<>();
    /** The order ids sorted by invoicing time, and those times, so List orders finds a window by binary search. */
    private final String[] idsByInvoicing;
    private final Instant[] invoicingTimes;
    private final Map<String, JsonNode> placed = new ConcurrentHashMap<>();
    private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();
    private final SimulatedTracking tracking;
    private final SimulatedFeed feed;
    private final boolean cancellationWindowOnce;
    private final Conditions conditions;
    private final AtomicLong omsRequests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private long currentSecond;
    private int requestsThisSecond;

    /**
     * How the simulated VTEX behaves on the wire: a delay before each answer, and a rate limit on the OMS (requests a
     * second; beyond it a 429 with {@code Retry-After: 1}, as VTEX throttles), 0 for none; the share of Orders Feed
     * events that come twice; the clock the feed's visibility timeout runs on.
     */
    public record Conditions(Duration latency, int omsRequestsPerSecond, double feedDuplicateRate, Clock clock) {
        public static final Conditions IDEAL = new Conditions(Duration.ZERO, 0);

        public Conditions(Duration latency, int omsRequestsPerSecond) {
            this(latency, omsRequestsPerSecond, 0, Clock.systemUTC());
        }

        public Conditions withFeedDuplicates(double rate) {
            return new Conditions(latency, omsRequestsPerSecond, rate, clock);
        }

        public Conditions on(Clock feedClock) {
            return new Conditions(latency, omsRequestsPerSecond, feedDuplicateRate, feedClock);
        }
    }

    private SimulatedVtex(List<Order> orders, List<Instant> invoicedAt, boolean cancellationWindowOnce, Conditions conditions) throws IOException {
        for (int i = 0; i < orders.size(); i++) {
            this.orders.put(orders.get(i).orderId(), orders.get(i));
            this.invoicedAt.put(orders.get(i).orderId(), invoicedAt.get(i));
        }
        this.idsByInvoicing = this.orders.keySet().stream()
                .sorted(Comparator.comparing((String id) -> this.invoicedAt.get(id)).thenComparing(id -> id)).toArray(String[]::new);
        this.invoicingTimes = Arrays.stream(idsByInvoicing).map(this.invoicedAt::get).toArray(Instant[]::new);
        this.cancellationWindowOnce = cancellationWindowOnce;
        this.conditions = conditions;
        this.feed = new SimulatedFeed(JSON, List.of(idsByInvoicing), conditions.feedDuplicateRate(), conditions.clock());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Each request holds a thread for the whole simulated latency: enough threads for a client running 64 calls at
        // once and VTEX Tracking's calls beside them.
        server.setExecutor(Executors.newFixedThreadPool(256, runnable -> {
            Thread thread = new Thread(runnable, "simulated-vtex");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/api/", this::oms);
        this.tracking = new SimulatedTracking(this::delay);
        server.createContext("/receiver/", tracking::handle);
        server.start();
    }

    /** @param invoicedAt when each order was invoiced, for List orders' window filter */
    public static SimulatedVtex start(List<Order> orders, List<Instant> invoicedAt, boolean cancellationWindowOnce) {
        return start(orders, invoicedAt, cancellationWindowOnce, Conditions.IDEAL);
    }

    public static SimulatedVtex start(List<Order> orders, List<Instant> invoicedAt, boolean cancellationWindowOnce, Conditions conditions) {
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
        unlisted.add(orderId);
    }

    /** The order is indexed: List orders shows it in its invoicing window. */
    public void showInListing(String orderId) {
        unlisted.remove(orderId);
    }

    /** OMS requests received, and how many of them were refused with 429. */
    public long omsRequests() {
        return omsRequests.get();
    }

    public long throttled() {
        return throttled.get();
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
        omsRequests.incrementAndGet();
        boolean overLimit = overRateLimit();
        delay();
        if (overLimit) {
            throttled.incrementAndGet();
            exchange.getResponseHeaders().set("Retry-After", "1");
            reply(exchange, 429, "{\"error\":{\"message\":\"Too many requests\"}}");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Map<String, String> query = query(exchange.getRequestURI());
        if (path.startsWith("/api/orders/feed")) {
            feed.handle(exchange, method, path, query);
            return;
        }
        if (method.equals("GET") && path.equals("/api/oms/pvt/orders")) {
            list(exchange, query);
            return;
        }
        if (path.equals("/api/fulfillment/pvt/orders") && method.equals("POST")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String id = query.get("affiliateId") + "-" + body.get("marketplaceOrderId").asString();
            placed.put(id, body);
            reply(exchange, 200, "{\"orderId\":\"" + id + "\",\"status\":\"success\",\"message\":\"Order placed\"}");
            return;
        }
        if (path.startsWith("/api/fulfillment/pvt/orders/") && path.endsWith("/fulfill")) {
            reply(exchange, 201, "{\"status\":\"success\",\"message\":\"Dispatch authorized\"}");
            return;
        }
        Matcher order = ORDER.matcher(path);
        if (!order.matches()) {
            reply(exchange, 404, "{\"error\":{\"message\":\"no such path in the simulated OMS\"}}");
            return;
        }
        String id = order.group(1);
        String action = order.group(2) == null ? "" : order.group(2);
        if (action.isEmpty() && method.equals("GET")) {
            Order known = orders.get(id);
            if (known != null) {
                reply(exchange, 200, getOrder(known, invoicedAt.get(id)));
            } else if (placed.containsKey(id)) {
                reply(exchange, 200, "{\"orderId\":\"" + id + "\",\"status\":\"window-to-cancel\"}");
            } else {
                reply(exchange, 404, "{\"error\":{\"code\":\"1\",\"message\":\"Order not found\"}}");
            }
        } else if (action.equals("/start-handling")) {
            if (cancellationWindowOnce && refusedOnce.add(id)) {
                reply(exchange, 409, "{\"error\":{\"code\":\"OMS003\",\"message\":\"Order status should be ready-for-handling to perform this action\"}}");
            } else {
                reply(exchange, 204, "");
            }
        } else {
            reply(exchange, 200, "{\"date\":\"" + Instant.now() + "\",\"orderId\":\"" + id + "\",\"receipt\":\"demo\"}");
        }
    }

    private synchronized boolean overRateLimit() {
        if (conditions.omsRequestsPerSecond() <= 0) {
            return false;
        }
        long second = System.nanoTime() / 1_000_000_000L;
        if (second != currentSecond) {
            currentSecond = second;
            requestsThisSecond = 0;
        }
        return ++requestsThisSecond > conditions.omsRequestsPerSecond();
    }

    void delay() {
        if (!conditions.latency().isZero()) {
            try {
                Thread.sleep(conditions.latency().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void list(HttpExchange exchange, Map<String, String> query) throws IOException {
        List<String> matching = inRange(query.get("f_invoicedDate"));
        if (!unlisted.isEmpty()) {
            matching = matching.stream().filter(id -> !unlisted.contains(id)).toList();
        }
        int perPage = Integer.parseInt(query.getOrDefault("per_page", "15"));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        List<String> onPage = matching.subList(Math.min(matching.size(), (page - 1) * perPage), Math.min(matching.size(), page * perPage));
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("list");
        onPage.forEach(id -> list.addObject().put("orderId", id).put("status", "invoiced"));
        body.putArray("facets");
        body.putObject("paging").put("total", matching.size()).put("pages", (matching.size() + perPage - 1) / perPage)
                .put("currentPage", page).put("perPage", perPage);
        body.putObject("stats");
        reply(exchange, 200, body.toString());
    }

    /** The ids invoiced within the filter's range, both ends included, as VTEX's {@code [from TO to]}. */
    private List<String> inRange(String filter) {
        if (filter == null) {
            return List.of(idsByInvoicing);
        }
        Matcher range = RANGE.matcher(filter);
        if (!range.matches()) {
            return List.of();
        }
        int from = firstAtOrAfter(Instant.parse(range.group(1)));
        int to = firstAtOrAfter(Instant.parse(range.group(2)).plusNanos(1));
        return Arrays.asList(idsByInvoicing).subList(from, Math.max(from, to));
    }

    private int firstAtOrAfter(Instant at) {
        int index = Arrays.binarySearch(invoicingTimes, at);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && invoicingTimes[index - 1].equals(at)) {
            index--;
        }
        return index;
    }

    /**
     * The Get order answer for an order, in the shape of VTEX's Orders API: its items, one logistics entry per item
     * with its delivery window (null when none was scheduled), the seller, and per invoice its lines, access key and
     * embedded NF-e XML.
     */
    private static String getOrder(Order order, Instant invoiced) {
        ObjectNode json = JSON.createObjectNode();
        json.put("orderId", order.orderId()).put("status", order.status().code()).put("invoicedDate", invoiced.toString())
                .put("merchantName", "lojademo");
        json.putArray("sellers").addObject().put("id", "1").put("name", order.sender());
        var c = order.customer();
        ObjectNode profile = json.putObject("clientProfileData").put("email", c.email()).put("firstName", c.firstName())
                .put("lastName", c.lastName()).put("documentType", c.documentType().name().toLowerCase()).put("document", c.document())
                .put("phone", c.phone()).put("isCorporate", c.company().isPresent());
        c.company().ifPresent(company -> profile.put("corporateName", company.name()).put("corporateDocument", company.cnpj()));
        ArrayNode items = json.putArray("items");
        order.items().forEach(item -> {
            ObjectNode line = items.addObject().put("uniqueId", order.orderId() + "-" + item.index()).put("id", item.skuId())
                    .put("productId", item.skuId()).put("name", item.name()).put("quantity", item.quantity()).put("seller", "1").put("price", 1000);
            if (!item.refId().isEmpty()) {
                line.put("refId", item.refId());
            }
        });
        ObjectNode shipping = json.putObject("shippingData");
        order.address().ifPresent(a -> shipping.putObject("address").put("addressType", a.addressType()).put("receiverName", a.receiverName())
                .put("postalCode", a.postalCode()).put("city", a.city()).put("state", a.state()).put("country", a.country())
                .put("street", a.street()).put("number", a.number()).put("neighborhood", a.neighborhood()).put("complement", a.complement()));
        ArrayNode logistics = shipping.putArray("logisticsInfo");
        String channel = order.deliveryChannels().stream().anyMatch(ch -> ch.name().equals("PICKUP_IN_POINT")) ? "pickup-in-point" : "delivery";
        order.items().forEach(item -> {
            ObjectNode info = logistics.addObject().put("itemIndex", item.index()).put("selectedSla", "Normal")
                    .put("selectedDeliveryChannel", channel);
            item.window().ifPresentOrElse(window -> info.putObject("deliveryWindow").put("startDateUtc", utc(window.start()))
                    .put("endDateUtc", utc(window.end())).put("price", 0).put("lisPrice", 0).put("tax", 0), () -> info.putNull("deliveryWindow"));
        });
        ArrayNode packages = json.putObject("packageAttachment").putArray("packages");
        for (Invoice invoice : order.invoices()) {
            ObjectNode pack = packages.addObject();
            ArrayNode lines = pack.putArray("items");
            invoice.items().forEach(line -> lines.addObject().put("itemIndex", line.itemIndex()).put("quantity", line.quantity()).put("price", 1000));
            pack.put("courier", invoice.courier()).put("invoiceNumber", invoice.number()).put("invoiceValue", invoice.valueInCents())
                    .put("invoiceUrl", invoice.url()).put("issuanceDate", invoice.issuanceDate().map(Object::toString).orElse(null))
                    .put("invoiceKey", invoice.key()).put("type", invoice.isSale() ? "Output" : "Input").put("volumes", invoice.volumes());
            if (invoice.embeddedInvoice()) {
                pack.put("embeddedInvoice", DemoCatalog.nfeXml(order, invoice));
            }
        }
        return json.toString();
    }

    /** VTEX writes a delivery window's ends in UTC, with the offset spelled out ({@code 2026-11-21T11:00:00+00:00}). */
    private static String utc(java.time.OffsetDateTime time) {
        return time.withOffsetSameInstant(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx"));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    query.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, status == 204 || bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0 && status != 204) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
