package com.trackingintegration.domain.port;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.status.TrackingStatus;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The delivery services VTEX Tracking holds: sending new ones, finding them again, removing their packing lists. */
public interface DeliveryServices {

    /** Sends the requests (routed and unrouted alike) and says, per delivery service, whether Tracking took it. */
    List<SendResult> send(List<DeliveryServiceRequest> requests);

    /**
     * The delivery services VTEX Tracking holds for this order's invoice (matched on order, number and series), each
     * with its status; empty when none.
     */
    List<TrackedService> lookUp(DeliveryServiceId service);

    /**
     * Many look-ups at once, in the order asked. An adapter may run them side by side; a Tracking that cannot be
     * reached fails the whole call.
     */
    default Map<DeliveryServiceId, List<TrackedService>> lookUpAll(Collection<DeliveryServiceId> services) {
        Map<DeliveryServiceId, List<TrackedService>> found = new LinkedHashMap<>();
        services.forEach(service -> found.put(service, lookUp(service)));
        return found;
    }

    /**
     * How many live delivery services (any status but a cancellation) VTEX Tracking holds for this order's invoice, 0
     * when none. A count rather than a yes or no: after a crash during the send of a changed version, that version
     * shows as one service more than the versions acknowledged if Tracking keeps each version it takes (see
     * DeliveryServiceWriter). Canceled ones are left out, so that a packing list removed (whether Tracking then lists
     * it as canceled or not at all) counts the same.
     */
    default int held(DeliveryServiceId service) {
        return (int) lookUp(service).stream().filter(TrackedService::live).count();
    }

    /**
     * How many live delivery services of OTHER orders a removal of this invoice's packing list would reach too:
     * {@code PUT /services} names an invoice by number and series only, and two branches number their NF-e
     * independently. A removal is made only when this is 0; otherwise a person must act.
     */
    int othersReachedByRemoval(DeliveryServiceId service);

    /**
     * Removes the packing lists of these invoices ({@code PUT /services}), and says, per invoice, whether Tracking
     * removed it or why not. Only an {@code Ativo} service can be removed.
     */
    List<RemovalResult> remove(List<InvoiceRef> invoices);

    /** VTEX Tracking's answer for one delivery service. */
    record SendResult(DeliveryServiceId service, boolean accepted, String message) {
    }

    /** An invoice as VTEX Tracking identifies it: number and series. */
    record InvoiceRef(String invoiceNumber, String series) {

        public InvoiceRef {
            series = series == null ? "" : series;
        }

        public static InvoiceRef of(DeliveryServiceId service) {
            return new InvoiceRef(service.invoiceNumber(), service.series());
        }
    }

    /** VTEX Tracking's answer for one packing list to remove. */
    record RemovalResult(InvoiceRef invoice, boolean removed, String message) {

        public RemovalResult {
            message = message == null ? "" : message;
        }
    }

    /**
     * One delivery service as VTEX Tracking holds it.
     *
     * @param status     {@code deliveryServiceStatus.description} as Tracking spells it ({@code Ativo}, {@code Roteirizado},
     *                   {@code Cancelado pelo BackOffice}...); empty when Tracking gave none
     * @param idExternal the {@code idExternal} it was sent with, empty when none
     */
    record TrackedService(String status, String idExternal) {

        public TrackedService {
            status = status == null ? "" : status.strip();
            idExternal = idExternal == null ? "" : idExternal.strip();
        }

        /**
         * Still {@code Ativo}: not yet routed nor on its way, so its packing list may be removed. A service whose
         * status Tracking did not give is not taken for one: removing what may be on its way is for a person.
         */
        public boolean active() {
            return TrackingStatus.parse(status).filter(s -> s == TrackingStatus.ATIVO).isPresent();
        }

        /** Canceled in Tracking ("Cancelado pelo BackOffice", "Cancelado pelo Cliente"): no driver goes out for it. */
        public boolean canceled() {
            String plain = Normalizer.normalize(status, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            return plain.startsWith("cancel");
        }

        /** {@code Realizado}: delivered. Nothing of it goes out again, whatever happens to the order since. */
        public boolean delivered() {
            return TrackingStatus.parse(status).filter(s -> s == TrackingStatus.REALIZADO).isPresent();
        }

        /** Anything but canceled: a service a driver may still go out for. */
        public boolean live() {
            return !canceled();
        }
    }
}
