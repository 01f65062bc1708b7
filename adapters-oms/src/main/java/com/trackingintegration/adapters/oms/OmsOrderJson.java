package com.trackingintegration.adapters.oms;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * The parts of VTEX's Get order response ({@code GET /api/oms/pvt/orders/{orderId}}, orders-api.json) that the
 * integration reads. Unknown fields are ignored; any field may be null, as in the spec's own example.
 */
record OmsOrderJson(String orderId, String status, String merchantName, List<Seller> sellers, List<Item> items,
                    ClientProfile clientProfileData, ShippingData shippingData, PackageAttachment packageAttachment,
                    String invoicedDate) {

    record Seller(String id, String name) {
    }

    /** One line of the order; its index is its position in {@code items[]}. */
    record Item(String id, String refId, String name, Integer quantity) {
    }

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
     * both are read, and the selected SLA's channel is the fallback. {@code deliveryWindow} is kept as a tree: the
     * schema types it "string", its examples and the other VTEX specs write null or an object
     * {@code {startDateUtc, endDateUtc, ...}} (vtex-apis.md, section 3 and gap 7).
     */
    record LogisticsInfo(Integer itemIndex, String selectedSla, String selectedDeliveryChannel, String deliveryChannel, List<Sla> slas,
                         JsonNode deliveryWindow) {
    }

    record Sla(String id, String deliveryChannel) {
    }

    record PackageAttachment(List<Package> packages) {
    }

    /**
     * {@code embeddedInvoice} is the invoice XML as text: it is read here for its NF-e and never reaches the domain,
     * which keeps only whether there was one. {@code restitutions} is kept as a tree: VTEX's specs spell its refund
     * two ways, and a malformed one must not fail the order ({@link OmsReconcileFields}).
     */
    record Package(List<PackageItem> items, String courier, String invoiceNumber, Long invoiceValue, String invoiceUrl, String issuanceDate,
                   String trackingNumber, String invoiceKey, String trackingUrl, String embeddedInvoice, String type,
                   Integer volumes, JsonNode restitutions) {
    }

    record PackageItem(Integer itemIndex, Integer quantity) {
    }
}
