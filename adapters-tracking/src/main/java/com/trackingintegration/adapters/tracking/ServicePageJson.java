package com.trackingintegration.adapters.tracking;

import java.util.List;

/**
 * A page of delivery services ({@code PaginationResultDeliveryServiceResponsev11}). tracking.json describes
 * {@code totalCount} both as a count of pages and of results, so paging never relies on it: a short page is the last.
 */
record ServicePageJson(Integer page, Integer pageSize, Integer totalCount, List<Service> data) {

    List<Service> services() {
        return data == null ? List.of() : data;
    }

    record Service(Long idDeliveryService, Described deliveryServiceStatus, String invoiceOrderOfService, String idExternal,
                   String invoiceOrderOfServiceSerie, String orderNumber, String deliveryDateTime, String created,
                   Recipient shipperCustomer, Described nonDeliveryReason, String addressCity, Coded state) {
    }

    record Recipient(String addressCity, Coded state) {
    }

    record Described(String description) {
    }

    record Coded(String code, String name) {
    }
}
