package com.trackingintegration.adapters.tracking;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.trackingintegration.http.NamedTransformer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plays VTEX Tracking's store of delivery services: a {@code POST /services} (or {@code /services/routes}) through it
 * stores its services as it arrives, whatever the stub then answers and however late; {@code GET /services/invoice}
 * answers from what was stored, one service per time it was stored, so a service sent twice shows twice.
 */
final class StoredServicesTransformer extends NamedTransformer {

    static final String NAME = "stored-services";
    static final List<JsonNode> STORED = new CopyOnWriteArrayList<>();

    StoredServicesTransformer() {
        super(NAME);
    }

    /** Services with these invoice numbers, stored by the request that carries them. */
    static List<String> storedInvoices() {
        return STORED.stream().map(s -> s.get("invoiceOrderOfService").asString()).toList();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        var request = event.getRequest();
        if ("POST".equals(request.getMethod().getName())) {
            STORED.addAll(TrackingTestSupport.JSON.readTree(request.getBodyAsString()).findParents("invoiceOrderOfService"));
            return event.getResponseDefinition();
        }
        String invoice = request.queryParameter("invoice").firstValue();
        List<ObjectNode> held = new ArrayList<>();
        for (JsonNode service : STORED) {
            if (service.get("invoiceOrderOfService").asString().equals(invoice)) {
                ObjectNode answer = TrackingTestSupport.serviceExample(held.size() + 1, invoice, service.get("orderNumber").asString(), "Ativo");
                answer.put("invoiceOrderOfServiceSerie", service.path("invoiceOrderOfServiceSerie").asString(""));
                held.add(answer);
            }
        }
        if (held.isEmpty()) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(404).build();
        }
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(TrackingTestSupport.page(1, 25, held)).build();
    }
}
