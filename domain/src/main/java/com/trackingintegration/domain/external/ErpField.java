package com.trackingintegration.domain.external;

import com.trackingintegration.domain.delivery.TrackingField;

import java.util.Optional;

/**
 * The longest value this integration accepts in each ERP field it keeps or sends with a fixed width: one place for
 * those limits, checked by {@link ErpOrderValidation} when a line is read, before anything is written. The tables
 * (batch-app db/migration) and VTEX Tracking's fields are at least this wide, so a line that passes here
 * always fits.
 */
public enum ErpField {
    /** Also the OMS id's tail: {@code {affiliateId}-{erpOrderId}} is at most {@link #omsOrderIdMaxLength()}. */
    ERP_ORDER_ID("erpOrderId", 100),
    /** An NF-e number has at most 9 digits; 50 leaves room for any ERP's numbering and keeps ledger keys short. */
    INVOICE_NUMBER("invoice.number", 50),
    INVOICE_SERIES("invoice.series", TrackingField.INVOICE_SERIES.maxLength()),
    STREET("address.street", TrackingField.ADDRESS_STREET.maxLength()),
    NUMBER("address.number", TrackingField.ADDRESS_NUMBER.maxLength()),
    CITY("address.city", TrackingField.ADDRESS_CITY.maxLength()),
    ROUTE_DRIVER("route.driver", TrackingField.ROUTE_CARRIER_USERNAME.maxLength()),
    ROUTE_VEHICLE("route.vehicle", TrackingField.ROUTE_VEHICLE_PLATE.maxLength()),
    ROUTE_DISPLACEMENT("route.displacement", TrackingField.ROUTE_DISPLACEMENT_TYPE.maxLength());

    private final String path;
    private final int maxLength;

    ErpField(String path, int maxLength) {
        this.path = path;
        this.maxLength = maxLength;
    }

    public String path() {
        return path;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The OMS id of an external order: the three-letter affiliate, a dash, and the ERP id (104 characters). */
    public static int omsOrderIdMaxLength() {
        return 3 + 1 + ERP_ORDER_ID.maxLength;
    }

    /** The problem of a value longer than the field allows (the value itself is not repeated: it may be personal). */
    Optional<FieldProblem> tooLong(String value) {
        return value.length() <= maxLength ? Optional.empty()
                : Optional.of(new FieldProblem(path, "at most " + maxLength + " characters, was " + value.length()));
    }
}
