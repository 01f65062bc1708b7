package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.port.DeliveryServices.TrackedService;
import com.trackingintegration.http.HttpCall;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /services/invoice}: the delivery services VTEX Tracking holds for one invoice, with their statuses.
 * tracking.json gives this path no paging parameter (only {@code invoice}), so its one answer is all there is: the
 * services of a single invoice (one per version sent), never a listing that could run long.
 */
final class InvoiceLookUp {

    private final TrackingApi api;

    InvoiceLookUp(TrackingApi api) {
        this.api = api;
    }

    /**
     * Looked up by invoice number (the only key the path takes), then matched on the order and the series too:
     * another order's invoice with the same number (another branch's series) is not this one. A 404 is "none".
     */
    List<TrackedService> of(DeliveryServiceId service) {
        HttpCall call = HttpCall.get(HttpCall.withQuery("/services/invoice", Map.of("invoice", service.invoiceNumber())));
        return api.sendUnlessNotFound(call)
                .map(reply -> TrackingJson.read(reply.body(), ServicePageJson.class, "a page of delivery services"))
                .map(page -> page.services().stream()
                        .filter(s -> service.matches(s.orderNumber(), s.invoiceOrderOfService(), s.invoiceOrderOfServiceSerie()))
                        .map(InvoiceLookUp::tracked)
                        .toList())
                .orElse(List.of());
    }

    private static TrackedService tracked(ServicePageJson.Service service) {
        return new TrackedService(service.deliveryServiceStatus() == null ? "" : service.deliveryServiceStatus().description(),
                service.idExternal());
    }
}
