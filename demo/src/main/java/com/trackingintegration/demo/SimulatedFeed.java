package com.trackingintegration.demo;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The simulated OMS's Orders Feed v3, as orders-api.json and VTEX's guide describe it (vtex-apis.md, section 6): one
 * feed, configured with {@code POST /api/orders/feed/config} (404 on reading it before); lots of at most 10 items
 * ({@code GET /api/orders/feed?maxlot=N}, 400 beyond); an item read and not committed is hidden for the visibility
 * timeout, then shown again with a new handle; {@code POST /api/orders/feed} commits handles (a stale one is
 * ignored). The events are the simulated orders reaching invoiced once the feed is configured, in invoicing order;
 * a share of them comes twice (VTEX: "events may be duplicated"), the repeat a few events later. Latency and rate
 * limit are the OMS's: this answers inside {@link SimulatedVtex}'s OMS handler.
 */
final class SimulatedFeed {

    static final int MAX_LOT = 10;
    /** A repeat comes up to this many events after the first. */
    private static final int REPEAT_WITHIN = 30;

    private record Event(String eventId, String orderId, Instant at) {
    }

    private record Delivery(Event event, Instant visibleAgain) {
    }

    private final JsonMapper json;
    private final List<String> orderIds;
    private final double duplicateRate;
    private final Clock clock;
    private final Deque<Event> visible = new ArrayDeque<>();
    /** By handle, in the order read: with one visibility timeout, also the order in which they come back. */
    private final LinkedHashMap<String, Delivery> hidden = new LinkedHashMap<>();
    private JsonNode config;
    private Duration visibility = Duration.ofSeconds(250);
    private long events;

    /** @param orderIds the simulated orders, in invoicing order */
    SimulatedFeed(JsonMapper json, List<String> orderIds, double duplicateRate, Clock clock) {
        if (duplicateRate < 0 || duplicateRate >= 1) {
            throw new IllegalArgumentException("the feed's duplicate rate is a share from 0 to 1 (excluded), was " + duplicateRate);
        }
        this.json = json;
        this.orderIds = List.copyOf(orderIds);
        this.duplicateRate = duplicateRate;
        this.clock = clock;
    }

    synchronized void handle(HttpExchange exchange, String method, String path, Map<String, String> query) throws IOException {
        if (path.equals("/api/orders/feed/config")) {
            switch (method) {
                case "POST" -> configure(json.readTree(exchange.getRequestBody()), exchange);
                case "GET" -> SimulatedHttp.reply(exchange, config == null ? 404 : 200, config == null ? notFound() : configAnswer());
                case "DELETE" -> {
                    config = null;
                    SimulatedHttp.reply(exchange, 200, "");
                }
                default -> SimulatedHttp.reply(exchange, 405, "");
            }
        } else if (config == null) {
            SimulatedHttp.reply(exchange, 404, notFound());
        } else if (method.equals("GET")) {
            read(exchange, query.getOrDefault("maxlot", "1"));
        } else if (method.equals("POST")) {
            json.readTree(exchange.getRequestBody()).path("handles").forEach(handle -> hidden.remove(handle.asString()));
            SimulatedHttp.reply(exchange, 200, "");
        } else {
            SimulatedHttp.reply(exchange, 405, "");
        }
    }

    /** Items waiting, visible or hidden: what is left to commit. */
    synchronized int waiting() {
        return visible.size() + hidden.size();
    }

    private void configure(JsonNode body, HttpExchange exchange) throws IOException {
        if (!body.isObject() || !body.path("filter").path("type").isString() || !body.path("queue").isObject()) {
            SimulatedHttp.reply(exchange, 400, "{\"error\":{\"message\":\"filter.type and queue are required\"}}");
            return;
        }
        visibility = Duration.ofSeconds(body.path("queue").path("visibilityTimeoutInSeconds").asLong(250));
        boolean first = config == null && events == 0;
        config = body;
        if (first) {
            enqueueEveryOrder();
        }
        SimulatedHttp.reply(exchange, 200, "");
    }

    /** Each order once, a share of them twice: the repeat placed 1 to {@link #REPEAT_WITHIN} events later. */
    private void enqueueEveryOrder() {
        Random random = new Random(17);
        Map<Integer, List<String>> repeatsAt = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (int i = 0; i < orderIds.size(); i++) {
            String orderId = orderIds.get(i);
            visible.add(event(orderId, now));
            if (random.nextDouble() < duplicateRate) {
                repeatsAt.computeIfAbsent(i + 1 + random.nextInt(REPEAT_WITHIN), at -> new ArrayList<>()).add(orderId);
            }
            List<String> repeats = repeatsAt.remove(i);
            if (repeats != null) {
                repeats.forEach(id -> visible.add(event(id, now)));
            }
        }
        repeatsAt.values().forEach(ids -> ids.forEach(id -> visible.add(event(id, now))));
    }

    private Event event(String orderId, Instant at) {
        return new Event("ev-" + (++events), orderId, at);
    }

    private void read(HttpExchange exchange, String maxlot) throws IOException {
        int max;
        try {
            max = Integer.parseInt(maxlot);
        } catch (NumberFormatException notANumber) {
            max = 0;
        }
        if (max < 1 || max > MAX_LOT) {
            SimulatedHttp.reply(exchange, 400, "{\"error\":{\"message\":\"maxlot must be 1 to 10\"}}");
            return;
        }
        Instant now = clock.instant();
        showAgainWhatTimedOut(now);
        ArrayNode lot = json.createArrayNode();
        for (int i = 0; i < max && !visible.isEmpty(); i++) {
            Event event = visible.poll();
            String handle = UUID.randomUUID().toString();
            hidden.put(handle, new Delivery(event, now.plus(visibility)));
            lot.addObject().put("eventId", event.eventId()).put("handle", handle).put("domain", "Marketplace")
                    .put("state", "invoiced").put("lastState", "invoice").put("orderId", event.orderId())
                    .put("lastChange", event.at().toString()).put("currentChange", event.at().toString());
        }
        SimulatedHttp.reply(exchange, 200, lot.toString());
    }

    /** What was read longer ago than the visibility timeout and not committed comes first again, oldest first. */
    private void showAgainWhatTimedOut(Instant now) {
        List<Event> back = new ArrayList<>();
        Iterator<Delivery> deliveries = hidden.values().iterator();
        while (deliveries.hasNext()) {
            Delivery delivery = deliveries.next();
            if (delivery.visibleAgain().isAfter(now)) {
                break;
            }
            back.add(delivery.event());
            deliveries.remove();
        }
        for (int i = back.size() - 1; i >= 0; i--) {
            visible.addFirst(back.get(i));
        }
    }

    private String configAnswer() {
        ObjectNode answer = ((ObjectNode) config).deepCopy();
        answer.put("quantity", waiting());
        answer.put("approximateAgeOfOldestMessageInSeconds", 0);
        return answer.toString();
    }

    private static String notFound() {
        return "{\"error\":{\"message\":\"Feed configuration not found for this appKey\"}}";
    }
}
