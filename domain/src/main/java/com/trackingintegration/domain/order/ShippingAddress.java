package com.trackingintegration.domain.order;

import java.util.Optional;

/** Where the order is delivered ({@code shippingData.address}). Fields VTEX leaves null are empty here. */
public record ShippingAddress(String addressType, String receiverName, String street, String number,
                              String complement, String neighborhood, String city, String state,
                              String postalCode, String country, Optional<GeoPoint> location) {

    public ShippingAddress {
        addressType = Text.orEmpty(addressType);
        receiverName = Text.orEmpty(receiverName);
        street = Text.orEmpty(street);
        number = Text.orEmpty(number);
        complement = Text.orEmpty(complement);
        neighborhood = Text.orEmpty(neighborhood);
        city = Text.orEmpty(city);
        state = Text.orEmpty(state);
        postalCode = Text.orEmpty(postalCode);
        country = Text.orEmpty(country);
        location = location == null ? Optional.empty() : location;
    }

    /** VTEX marks the address of a pickup point with {@code addressType = "pickup"}. */
    public boolean isPickupPoint() {
        return "pickup".equalsIgnoreCase(addressType);
    }

    /** A point on the map; VTEX's {@code geoCoordinates} are {@code [longitude, latitude]}. */
    public record GeoPoint(double latitude, double longitude) {
        public GeoPoint {
            if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
                throw new IllegalArgumentException("geoCoordinates out of range: latitude " + latitude + ", longitude " + longitude);
            }
        }
    }
}
