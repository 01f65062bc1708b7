package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.DeliveryServiceFields;
import com.trackingintegration.domain.delivery.DeliveryServiceRoute;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * VTEX Tracking's request bodies ({@code DeliveryService} of tracking.json and the {@code POST /services/routes}
 * body), written from {@link DeliveryServiceFields}: the one list of fields that the fingerprint is taken from too.
 * Empty values are left out of the JSON.
 */
final class DeliveryServiceJson {

    private DeliveryServiceJson() {
    }

    /** {@code PUT /services}: a packing list to remove, by invoice and series. */
    record InvoiceRef(String invoice, String serie) {
    }

    static Map<String, Object> of(DeliveryService service, Instant sentAt) {
        return DeliveryServiceFields.sent(service, sentAt);
    }

    /**
     * The body of {@code POST /services/routes}: one route and its services. tracking.json lists
     * {@code deliveryServiceDate} as required at the top of this object although it defines it only inside
     * {@code deliveryServiceRoute}; it is sent in both places so that either reading of the spec is satisfied.
     */
    static Map<String, Object> of(DeliveryServiceRoute route, List<DeliveryService> services, Instant sentAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveryServiceDate", DeliveryServiceFields.routeDate(route));
        body.put("deliveryServiceRoute", DeliveryServiceFields.of(route));
        body.put("deliveryService", services.stream().map(service -> of(service, sentAt)).toList());
        return body;
    }
}
