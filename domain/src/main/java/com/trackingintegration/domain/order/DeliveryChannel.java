package com.trackingintegration.domain.order;

/** How an item reaches the customer: VTEX's SLA {@code deliveryChannel}. */
public enum DeliveryChannel {
    DELIVERY, PICKUP_IN_POINT;

    /** VTEX writes {@code delivery} or {@code pickup-in-point}; anything else is a delivery, as the OMS shows it. */
    public static DeliveryChannel parse(String value) {
        return "pickup-in-point".equalsIgnoreCase(Text.orEmpty(value)) ? PICKUP_IN_POINT : DELIVERY;
    }
}
