package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.DeliveryServiceRoute;
import com.trackingintegration.domain.delivery.ShipperCustomer;
import com.trackingintegration.domain.order.ShippingAddress.GeoPoint;
import com.trackingintegration.domain.route.RouteAssignment.RouteStart;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * VTEX Tracking's request bodies ({@code DeliveryService} of tracking.json and the {@code POST /services/routes}
 * body), built from the domain's delivery services. Empty values are left out of the JSON.
 */
final class DeliveryServiceJson {

    /** Routes are days in Brazil: a route date is sent as midnight in Brasília time. */
    private static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");

    private DeliveryServiceJson() {
    }

    record Service(String deliveryServiceType, Recipient shipperCustomer, String invoiceOrderOfService,
                   String invoiceOrderOfServiceSerie, String orderNumber, Double latitude, Double longitude) {
    }

    record Recipient(String legalType, String email, String firstName, String lastName, String cpf, String companyName,
                     String cnpj, String addressStreet, String addressNumber, String addressComplement,
                     String addressNeighborhood, String addressCity, String state, String postalCode,
                     String phoneAreaCode, String phoneNumber) {
    }

    /**
     * The body of {@code POST /services/routes}: one route and its services. tracking.json lists
     * {@code deliveryServiceDate} as required at the top of this object although it defines it only inside
     * {@code deliveryServiceRoute}; it is sent in both places so that either reading of the spec is satisfied.
     */
    record Routed(String deliveryServiceDate, Route deliveryServiceRoute, List<Service> deliveryService) {
    }

    record Route(Carrier carrier, String displacementType, Vehicle vehicle, String deliveryServiceDate, Start addressStart) {
    }

    record Carrier(String username) {
    }

    record Vehicle(String registrationPlate) {
    }

    record Start(String addressStreet, String addressNumber, String postalCode, String addressCity, String state) {
    }

    /** {@code PUT /services}: a packing list to remove, by invoice and series. */
    record InvoiceRef(String invoice, String serie) {
    }

    static Service of(DeliveryService service) {
        ShipperCustomer r = service.recipient();
        Recipient recipient = new Recipient(r.legalType().name(), r.email(), r.firstName(), r.lastName(), r.cpf(),
                r.companyName(), r.cnpj(), r.addressStreet(), r.addressNumber(), r.addressComplement(),
                r.addressNeighborhood(), r.addressCity(), r.state(), r.postalCode(), r.phoneAreaCode(), r.phoneNumber());
        return new Service(service.type(), recipient, service.invoiceNumber(), service.invoiceSeries().orElse(null),
                service.orderNumber(), service.location().map(GeoPoint::latitude).orElse(null),
                service.location().map(GeoPoint::longitude).orElse(null));
    }

    static Routed of(DeliveryServiceRoute route, List<DeliveryService> services) {
        String date = route.date().atStartOfDay(BRAZIL).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        Route body = new Route(new Carrier(route.carrierUsername()), route.displacementType(),
                route.vehiclePlate().map(Vehicle::new).orElse(null), date, route.start().map(DeliveryServiceJson::start).orElse(null));
        return new Routed(date, body, services.stream().map(DeliveryServiceJson::of).toList());
    }

    private static Start start(RouteStart start) {
        return new Start(start.street(), start.number(), start.postalCode(), start.city(), start.state());
    }
}
