package com.trackingintegration.batch.reconcile;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.trackingintegration.http.NamedTransformer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * VTEX Tracking with a memory, for the reconcile job tests: every delivery service it took ({@code POST /services},
 * held {@code Ativo}), or that a test says it holds (routed since, removed by hand...); {@code PUT /services} removes
 * a packing list (its services then show as {@code Cancelado pelo BackOffice}); {@code GET /services/invoice} answers
 * from what it holds, as VTEX's spec shapes the page.
 */
final class HeldServices extends NamedTransformer {

    static final String NAME = "held-services";
    static final String REMOVED = "Cancelado pelo BackOffice";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong IDS = new AtomicLong(9000);

    /** One service Tracking holds. */
    record Held(long id, String orderNumber, String invoice, String status) {
    }

    private static final Map<String, List<Held>> BY_INVOICE = new ConcurrentHashMap<>();

    HeldServices() {
        super(NAME);
    }

    static void clear() {
        BY_INVOICE.clear();
    }

    /** Tracking holds this service, with this status (as if sent earlier, and perhaps routed since). */
    static void holds(String orderNumber, String invoice, String status) {
        BY_INVOICE.computeIfAbsent(invoice, k -> new CopyOnWriteArrayList<>()).add(new Held(IDS.incrementAndGet(), orderNumber, invoice, status));
    }

    /** Every service Tracking holds for the invoice is gone (removed by hand, without a trace). */
    static void forget(String invoice) {
        BY_INVOICE.remove(invoice);
    }

    static List<String> statusesOf(String invoice) {
        return BY_INVOICE.getOrDefault(invoice, List.of()).stream().map(Held::status).toList();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        var request = event.getRequest();
        String method = request.getMethod().getName();
        if (method.equals("GET")) {
            String invoice = request.queryParameter("invoice").firstValue();
            List<Held> held = BY_INVOICE.getOrDefault(invoice, List.of());
            String data = held.stream().map(h -> "{\"idDeliveryService\":" + h.id() + ",\"invoiceOrderOfService\":\"" + h.invoice()
                    + "\",\"orderNumber\":\"" + h.orderNumber() + "\",\"deliveryServiceStatus\":{\"description\":\"" + h.status() + "\"}}")
                    .collect(Collectors.joining(","));
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"page\":1,\"pageSize\":25,\"totalCount\":" + held.size() + ",\"data\":[" + data + "]}").build();
        }
        JsonNode body = JSON.readTree(request.getBodyAsString());
        for (JsonNode item : body) {
            if (method.equals("POST")) {
                holds(item.get("orderNumber").asString(), item.get("invoiceOrderOfService").asString(), "Ativo");
            } else {
                String invoice = item.get("invoice").asString();
                List<Held> removed = new ArrayList<>();
                BY_INVOICE.getOrDefault(invoice, List.of()).forEach(h -> removed.add(new Held(h.id(), h.orderNumber(), h.invoice(), REMOVED)));
                BY_INVOICE.put(invoice, new CopyOnWriteArrayList<>(removed));
            }
        }
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200).build();
    }
}
