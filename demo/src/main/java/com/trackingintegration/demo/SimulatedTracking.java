package com.trackingintegration.demo;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulated VTEX Tracking of {@link SimulatedVtex}: login, delivery services received (alone or with their route),
 * the statuses {@code GET /services} reports, the look-up by invoice, and the removal of packing lists. One service
 * per invoice, as the demo and the benchmark send each once; a removed packing list leaves the service
 * {@code Cancelado pelo BackOffice}, as VTEX Tracking lists it afterwards.
 */
public final class SimulatedTracking {

    static final String CANCELED = "Cancelado pelo BackOffice";
    /** The statuses services arrive in unless told otherwise: those statusSync follows. */
    private static final List<String> STATUSES = List.of("Roteirizado", "EmAndamento", "Realizado", "NaoRealizado");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Runnable delay;
    private final Map<String, String> invoices = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> services = new ConcurrentHashMap<>();
    /** Statuses set since the service arrived (routed by hand, packing list removed); the others are as they arrived. */
    private final Map<String, String> changed = new ConcurrentHashMap<>();
    /** The status some invoices' services arrive in, instead of {@link #statusOf}. */
    private final Map<String, String> arrival = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong removed = new AtomicLong();

    SimulatedTracking(Runnable delay) {
        this.delay = delay;
    }

    /** The status a service arrives in and stays in, fixed by its invoice number, unless {@link #arriveAs} says otherwise. */
    static String statusOf(String invoice) {
        return STATUSES.get(Math.floorMod(invoice.hashCode(), STATUSES.size()));
    }

    /** The status the service of this invoice is in now. */
    public String status(String invoice) {
        return changed.getOrDefault(invoice, arrival.getOrDefault(invoice, statusOf(invoice)));
    }

    /** The service of this invoice will arrive in this status ({@code Ativo}: not routed yet, its packing list may be removed). */
    public void arriveAs(String invoice, String status) {
        arrival.put(invoice, status);
    }

    /** Someone in VTEX Tracking moves a service on (a router puts it in a route: {@code Roteirizado}). */
    public void setStatus(String invoice, String status) {
        changed.put(invoice, status);
    }

    Map<String, String> invoices() {
        return Map.copyOf(invoices);
    }

    Map<String, JsonNode> services() {
        return Map.copyOf(services);
    }

    long servicesReceived() {
        return received.get();
    }

    /** Packing lists removed ({@code PUT /services} answered 200), one per invoice. */
    public long packingListsRemoved() {
        return removed.get();
    }

    void handle(HttpExchange exchange) throws IOException {
        delay.run();
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/receiver/auth")) {
            SimulatedHttp.reply(exchange, 200, "{\"authenticated\":true,\"expiration\":\"" + Instant.now().plusSeconds(86_400) + "\",\"accessToken\":\"demo-token\"}");
        } else if (path.equals("/receiver/services/invoice")) {
            lookUp(exchange, SimulatedHttp.query(exchange.getRequestURI()).get("invoice"));
        } else if (method.equals("GET") && path.equals("/receiver/services")) {
            statuses(exchange, SimulatedHttp.query(exchange.getRequestURI()));
        } else if (method.equals("PUT") && path.equals("/receiver/services")) {
            remove(exchange, JSON.readTree(exchange.getRequestBody()));
        } else if (method.equals("POST") && (path.equals("/receiver/services") || path.equals("/receiver/services/routes"))) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            for (JsonNode service : body.isArray() ? body : body.path("deliveryService")) {
                received.incrementAndGet();
                String invoice = service.path("invoiceOrderOfService").asString();
                invoices.put(invoice, service.path("orderNumber").asString());
                services.put(invoice, service);
                // A service sent again after its packing list was removed arrives anew.
                changed.remove(invoice);
            }
            SimulatedHttp.reply(exchange, 200, "");
        } else {
            SimulatedHttp.reply(exchange, 404, "");
        }
    }

    /** {@code GET /services/invoice}: the invoice's service with its status and {@code idExternal}; 404 for none. */
    private void lookUp(HttpExchange exchange, String invoice) throws IOException {
        if (invoice == null || !invoices.containsKey(invoice)) {
            SimulatedHttp.reply(exchange, 404, "");
            return;
        }
        ObjectNode body = JSON.createObjectNode().put("page", 1).put("pageSize", 25).put("totalCount", 1);
        body.putArray("data").add(service(Map.entry(invoice, invoices.get(invoice))));
        SimulatedHttp.reply(exchange, 200, body.toString());
    }

    /**
     * {@code PUT /services}: the packing lists of {@code [{invoice, serie}]} removed, all or none. Only a service still
     * {@code Ativo} can lose its packing list: any other (or an unknown invoice) and Tracking answers 400 for the request.
     */
    private void remove(HttpExchange exchange, JsonNode body) throws IOException {
        for (JsonNode ref : body) {
            String invoice = ref.path("invoice").asString();
            if (!invoices.containsKey(invoice) || !status(invoice).equals("Ativo")) {
                SimulatedHttp.reply(exchange, 400, "{\"message\":\"O serviço de entrega não está Ativo\"}");
                return;
            }
        }
        for (JsonNode ref : body) {
            changed.put(ref.path("invoice").asString(), CANCELED);
            removed.incrementAndGet();
        }
        SimulatedHttp.reply(exchange, 200, "");
    }

    private void statuses(HttpExchange exchange, Map<String, String> query) throws IOException {
        List<Entry<String, String>> matching = new TreeMap<>(invoices).entrySet().stream()
                .filter(e -> status(e.getKey()).equalsIgnoreCase(query.get("status"))).toList();
        int pageSize = Integer.parseInt(query.getOrDefault("pageSize", "25"));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        ObjectNode body = JSON.createObjectNode().put("page", page).put("pageSize", pageSize).put("totalCount", matching.size());
        ArrayNode data = body.putArray("data");
        matching.subList(Math.min(matching.size(), (page - 1) * pageSize), Math.min(matching.size(), page * pageSize))
                .forEach(e -> data.add(service(e)));
        SimulatedHttp.reply(exchange, 200, body.toString());
    }

    /** One service as both listings give it: its status, the {@code idExternal} and series it was sent with. */
    private ObjectNode service(Entry<String, String> invoiceAndOrder) {
        String invoice = invoiceAndOrder.getKey();
        JsonNode sent = services.get(invoice);
        ObjectNode service = JSON.createObjectNode().put("idDeliveryService", 100_000 + Math.floorMod(invoice.hashCode(), 900_000))
                .put("invoiceOrderOfService", invoice).put("orderNumber", invoiceAndOrder.getValue())
                .put("deliveryDateTime", Instant.now().toString());
        if (sent != null && sent.hasNonNull("idExternal")) {
            service.put("idExternal", sent.get("idExternal").asString());
        }
        if (sent != null && sent.hasNonNull("invoiceOrderOfServiceSerie")) {
            service.put("invoiceOrderOfServiceSerie", sent.get("invoiceOrderOfServiceSerie").asString());
        }
        service.putObject("deliveryServiceStatus").put("description", status(invoice));
        service.putObject("shipperCustomer").put("addressCity", "Rio de Janeiro").putObject("state").put("code", "RJ");
        if (status(invoice).equals("NaoRealizado")) {
            service.putObject("nonDeliveryReason").put("description", "Cliente ausente");
        }
        return service;
    }
}
