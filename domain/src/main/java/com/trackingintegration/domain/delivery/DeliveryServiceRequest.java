package com.trackingintegration.domain.delivery;

import java.util.Optional;

/**
 * What is sent to VTEX Tracking for one invoice: the delivery service, and its route when it was routed outside
 * ({@code POST /services/routes}); without a route it goes to {@code POST /services}.
 */
public record DeliveryServiceRequest(DeliveryService service, Optional<DeliveryServiceRoute> route) {

    public DeliveryServiceRequest {
        if (service == null) {
            throw new IllegalArgumentException("a delivery service request needs its service");
        }
        route = route == null ? Optional.empty() : route;
    }

    public boolean isRouted() {
        return route.isPresent();
    }

    public Fingerprint fingerprint() {
        return Fingerprint.of(this);
    }
}
