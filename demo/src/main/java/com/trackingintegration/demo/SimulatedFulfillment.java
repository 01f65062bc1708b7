package com.trackingintegration.demo;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated OMS's fulfillment flow for external orders: place, authorize dispatch, start handling (refused once
 * per order, VTEX's cancellation window, when {@code cancellationWindowOnce} is set), invoice.
 */
final class SimulatedFulfillment {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final boolean cancellationWindowOnce;
    private final Map<String, JsonNode> placed = new ConcurrentHashMap<>();
    private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();

    SimulatedFulfillment(boolean cancellationWindowOnce) {
        this.cancellationWindowOnce = cancellationWindowOnce;
    }

    /** {@code /api/fulfillment/pvt/orders...}: placing an order, authorizing its dispatch. */
    void handle(HttpExchange exchange, String method, String path, Map<String, String> query) throws IOException {
        if (path.equals("/api/fulfillment/pvt/orders") && method.equals("POST")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String id = query.get("affiliateId") + "-" + body.get("marketplaceOrderId").asString();
            placed.put(id, body);
            SimulatedHttp.reply(exchange, 200, "{\"orderId\":\"" + id + "\",\"status\":\"success\",\"message\":\"Order placed\"}");
        } else if (path.startsWith("/api/fulfillment/pvt/orders/") && path.endsWith("/fulfill")) {
            SimulatedHttp.reply(exchange, 201, "{\"status\":\"success\",\"message\":\"Dispatch authorized\"}");
        } else {
            SimulatedHttp.reply(exchange, 404, "{\"error\":{\"message\":\"no such path in the simulated OMS\"}}");
        }
    }

    boolean placed(String orderId) {
        return placed.containsKey(orderId);
    }

    /** {@code /api/oms/pvt/orders/{id}/<action>}: start handling, or the invoice, whose receipt it answers. */
    void step(HttpExchange exchange, String orderId, String action) throws IOException {
        if (action.equals("/start-handling")) {
            if (cancellationWindowOnce && refusedOnce.add(orderId)) {
                SimulatedHttp.reply(exchange, 409, "{\"error\":{\"code\":\"OMS003\",\"message\":\"Order status should be ready-for-handling to perform this action\"}}");
            } else {
                SimulatedHttp.reply(exchange, 204, "");
            }
        } else {
            SimulatedHttp.reply(exchange, 200, "{\"date\":\"" + Instant.now() + "\",\"orderId\":\"" + orderId + "\",\"receipt\":\"demo\"}");
        }
    }
}
