package com.trackingintegration.adapters.oms;

import java.util.List;

/** A page of List orders ({@code ListOrders} in orders-api.json): the order ids and the paging. */
record OrderListJson(List<Item> list, Paging paging) {

    List<Item> items() {
        return list == null ? List.of() : list;
    }

    record Item(String orderId) {
    }

    record Paging(Integer total, Integer pages, Integer currentPage, Integer perPage) {
    }
}
