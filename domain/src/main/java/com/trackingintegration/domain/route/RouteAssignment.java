package com.trackingintegration.domain.route;

import com.trackingintegration.domain.order.Text;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A route made outside VTEX Tracking for one invoice of an order: the day, the driver (a VTEX Tracking username),
 * the vehicle and how it travels. Orders routed outside must carry it when they are imported.
 */
public record RouteAssignment(String orderId, String invoiceNumber, LocalDate routeDate, String driverUsername,
                              Optional<String> vehiclePlate, String displacementType, Optional<RouteStart> start) {

    public RouteAssignment {
        orderId = required("orderId", orderId);
        invoiceNumber = required("invoiceNumber", invoiceNumber);
        if (routeDate == null) {
            throw new IllegalArgumentException("route of order " + orderId + ": routeDate is required");
        }
        driverUsername = required("driver", driverUsername);
        vehiclePlate = vehiclePlate == null ? Optional.empty() : vehiclePlate.map(Text::orEmpty).filter(p -> !p.isEmpty());
        displacementType = required("displacement", displacementType);
        start = start == null ? Optional.empty() : start;
    }

    public boolean covers(String orderId, String invoiceNumber) {
        return this.orderId.equals(orderId) && this.invoiceNumber.equals(invoiceNumber);
    }

    private static String required(String field, String value) {
        if (Text.isBlank(value)) {
            throw new IllegalArgumentException("route assignment: " + field + " is required");
        }
        return value.strip();
    }

    /** Where the route starts (usually the merchant's warehouse). */
    public record RouteStart(String street, String number, String city, String postalCode, String state) {
        public RouteStart {
            street = Text.orEmpty(street);
            number = Text.orEmpty(number);
            city = Text.orEmpty(city);
            postalCode = Text.orEmpty(postalCode);
            state = Text.orEmpty(state);
        }
    }
}
