package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.port.DeliveryServices.TrackedService;
import com.trackingintegration.http.HttpCall;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /services/invoice}: the delivery services VTEX Tracking holds for one invoice, with their statuses.
 * tracking.json gives this path no paging parameter (only {@code invoice}), yet answers it with a page ({@code page},
 * {@code pageSize}, {@code totalCount}): the services of a single invoice number (one per version sent, and those of
 * other orders or branches that share the number) should fit in one. A page as full as its {@code pageSize} says more
 * may exist that cannot be asked for; read as complete it could hide this order's service and have it sent twice, so
 * the look-up fails instead (the run stops, restartable, and says why).
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
        return listed(service).stream()
                .filter(s -> service.matches(s.orderNumber(), s.invoiceOrderOfService(), s.invoiceOrderOfServiceSerie()))
                .map(InvoiceLookUp::tracked)
                .toList();
    }

    /**
     * The live services of other orders that {@code PUT /services} for this invoice would reach: it names an invoice
     * by number and series only, so another order's service with the same number and the same series (or none given,
     * on either side) is in its reach.
     */
    int othersReachedByRemoval(DeliveryServiceId service) {
        return (int) listed(service).stream()
                .filter(s -> !service.orderId().equals(s.orderNumber()) && service.invoiceNumber().equals(s.invoiceOrderOfService()))
                .filter(s -> reachedBySeries(service.series(), s.invoiceOrderOfServiceSerie()))
                .filter(s -> tracked(s).live())
                .count();
    }

    /** A series unknown on either side reaches any: the PUT then names the number alone, or Tracking's service has none. */
    private static boolean reachedBySeries(String ours, String theirs) {
        String given = theirs == null ? "" : theirs;
        return ours.isEmpty() || given.isEmpty() || ours.equals(given);
    }

    private List<ServicePageJson.Service> listed(DeliveryServiceId service) {
        HttpCall call = HttpCall.get(HttpCall.withQuery("/services/invoice", Map.of("invoice", service.invoiceNumber())));
        return api.sendUnlessNotFound(call)
                .map(reply -> TrackingJson.read(reply.body(), ServicePageJson.class, "a page of delivery services"))
                .map(page -> complete(page, service))
                .orElse(List.of());
    }

    private static List<ServicePageJson.Service> complete(ServicePageJson page, DeliveryServiceId service) {
        Integer size = page.pageSize();
        if (size != null && size > 0 && page.services().size() >= size) {
            throw new IllegalStateException("VTEX Tracking answered a full page (" + size + " services) for invoice " + service.invoiceNumber()
                    + ": more may exist that GET /services/invoice cannot page to, so whether it holds order " + service.orderId()
                    + "'s service cannot be told; stopping rather than risk sending it twice (tell VTEX Tracking's support)");
        }
        return page.services();
    }

    private static TrackedService tracked(ServicePageJson.Service service) {
        return new TrackedService(service.deliveryServiceStatus() == null ? "" : service.deliveryServiceStatus().description(),
                service.idExternal());
    }
}
