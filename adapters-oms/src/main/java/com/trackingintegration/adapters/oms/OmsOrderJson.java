package com.trackingintegration.adapters.oms;

import java.util.List;

/**
 * The parts of VTEX's Get order response ({@code GET /api/oms/pvt/orders/{orderId}}, orders-api.json) that the
 * integration reads. Unknown fields are ignored; any field may be null, as in the spec's own example.
 */
record OmsOrderJson(String orderId, String status, ClientProfile clientProfileData, ShippingData shippingData,
                    PackageAttachment packageAttachment) {

    record ClientProfile(String email, String firstName, String lastName, String documentType, String document,
                         String phone, String corporateName, String corporateDocument, Boolean isCorporate) {
    }

    record ShippingData(Address address, List<LogisticsInfo> logisticsInfo) {
    }

    record Address(String addressType, String receiverName, String postalCode, String city, String state,
                   String country, String street, String number, String neighborhood, String complement,
                   List<Double> geoCoordinates) {
    }

    /**
     * The spec's schema names the chosen channel {@code selectedDeliveryChannel}, its example {@code deliveryChannel};
     * both are read, and the selected SLA's channel is the fallback.
     */
    record LogisticsInfo(String selectedSla, String selectedDeliveryChannel, String deliveryChannel, List<Sla> slas) {
    }

    record Sla(String id, String deliveryChannel) {
    }

    record PackageAttachment(List<Package> packages) {
    }

    record Package(String courier, String invoiceNumber, Long invoiceValue, String invoiceUrl, String issuanceDate,
                   String trackingNumber, String invoiceKey, String trackingUrl, String embeddedInvoice, String type,
                   Integer volumes) {
    }
}
