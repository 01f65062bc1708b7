package com.trackingintegration.domain.delivery;

import com.trackingintegration.domain.route.RouteAssignment;
import com.trackingintegration.domain.route.RouteAssignment.RouteStart;

import java.time.LocalDate;
import java.util.Optional;

import static com.trackingintegration.domain.delivery.TrackingField.*;

/** The route a delivery service already has when it is routed outside VTEX Tracking ({@code deliveryServiceRoute}). */
public record DeliveryServiceRoute(LocalDate date, String carrierUsername, String displacementType,
                                   Optional<String> vehiclePlate, Optional<RouteStart> start) {

    public DeliveryServiceRoute {
        if (date == null) {
            throw new IllegalArgumentException("deliveryServiceRoute.deliveryServiceDate is required");
        }
        carrierUsername = ROUTE_CARRIER_USERNAME.checked(carrierUsername);
        displacementType = ROUTE_DISPLACEMENT_TYPE.checked(displacementType);
        if (carrierUsername.isBlank() || displacementType.isBlank()) {
            throw new IllegalArgumentException("deliveryServiceRoute needs carrier.username and displacementType");
        }
        vehiclePlate = vehiclePlate == null ? Optional.empty() : vehiclePlate.map(ROUTE_VEHICLE_PLATE::checked);
        start = start == null ? Optional.empty() : start;
        start.ifPresent(s -> ROUTE_START_STATE.checked(s.state()));
    }

    public static DeliveryServiceRoute of(RouteAssignment assignment) {
        return new DeliveryServiceRoute(assignment.routeDate(), assignment.driverUsername(),
                assignment.displacementType(), assignment.vehiclePlate(), assignment.start());
    }
}
