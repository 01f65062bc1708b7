package com.trackingintegration.domain.delivery;

/**
 * The fields of VTEX Tracking's {@code DeliveryService} and route that this integration fills, with the maximum
 * lengths of {@code tracking.json} (components.schemas.DeliveryService and the {@code POST /services/routes} body).
 * One place for those limits: the records below refuse to hold a longer value, so nothing too long is ever sent.
 */
public enum TrackingField {
    DELIVERY_SERVICE_TYPE("deliveryServiceType", 11),
    INVOICE_SERIES("invoiceOrderOfServiceSerie", 3),
    ORDER_NUMBER("orderNumber", 200),
    ID_EXTERNAL("idExternal", 30),
    PACKING_LIST("packingList", 50),
    LEGAL_TYPE("shipperCustomer.legalType", 2),
    EMAIL("shipperCustomer.email", 254),
    FIRST_NAME("shipperCustomer.firstName", 100),
    LAST_NAME("shipperCustomer.lastName", 100),
    CPF("shipperCustomer.cpf", 50),
    COMPANY_NAME("shipperCustomer.companyName", 150),
    CNPJ("shipperCustomer.cnpj", 50),
    ADDRESS_STREET("shipperCustomer.addressStreet", 150),
    ADDRESS_NUMBER("shipperCustomer.addressNumber", 50),
    ADDRESS_COMPLEMENT("shipperCustomer.addressComplement", 50),
    ADDRESS_NEIGHBORHOOD("shipperCustomer.addressNeighborhood", 150),
    ADDRESS_CITY("shipperCustomer.addressCity", 100),
    STATE("shipperCustomer.state", 2),
    POSTAL_CODE("shipperCustomer.postalCode", 9),
    PHONE_AREA_CODE("shipperCustomer.phoneAreaCode", 3),
    PHONE_NUMBER("shipperCustomer.phoneNumber", 12),
    ROUTE_CARRIER_USERNAME("deliveryServiceRoute.carrier.username", 100),
    ROUTE_DISPLACEMENT_TYPE("deliveryServiceRoute.displacementType", 15),
    ROUTE_VEHICLE_PLATE("deliveryServiceRoute.vehicle.registrationPlate", 50),
    ROUTE_START_STATE("deliveryServiceRoute.addressStart.state", 2);

    private final String path;
    private final int maxLength;

    TrackingField(String path, int maxLength) {
        this.path = path;
        this.maxLength = maxLength;
    }

    /** The field's path in VTEX Tracking's request body. */
    public String path() {
        return path;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean fits(String value) {
        return value.length() <= maxLength;
    }

    /** Cuts a value that loses nothing essential when cut (a complement, a long name). */
    public String truncate(String value) {
        return fits(value) ? value : value.substring(0, maxLength).strip();
    }

    String checked(String value) {
        String text = value == null ? "" : value;
        if (!fits(text)) {
            throw new IllegalArgumentException(path + " is " + text.length() + " characters long; VTEX Tracking accepts at most " + maxLength);
        }
        return text;
    }
}
