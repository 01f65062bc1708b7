package com.trackingintegration.batch.routes;

import com.trackingintegration.domain.port.RouteAssignments;
import com.trackingintegration.domain.route.RouteAssignment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The routes a dry run judges orders with: those stored, and over them, invoice by invoice, those its route files
 * bring (kept in memory only), a later one replacing an earlier one as storing them would.
 */
final class PreviewedRoutes implements RouteAssignments {

    private final RouteAssignments stored;
    /** By order, then invoice: read by the step's threads (externalAdvance advances orders concurrently). */
    private final Map<String, Map<String, RouteAssignment>> read = new ConcurrentHashMap<>();

    PreviewedRoutes(RouteAssignments stored) {
        this.stored = stored;
    }

    void add(List<RouteAssignment> routes) {
        routes.forEach(route -> read.computeIfAbsent(route.orderId(), id -> new ConcurrentHashMap<>()).put(route.invoiceNumber(), route));
    }

    @Override
    public List<RouteAssignment> forOrder(String orderId) {
        Map<String, RouteAssignment> byInvoice = new TreeMap<>();
        stored.forOrder(orderId).forEach(route -> byInvoice.put(route.invoiceNumber(), route));
        byInvoice.putAll(read.getOrDefault(orderId, Map.of()));
        return byInvoice.values().stream().sorted(Comparator.comparing(RouteAssignment::invoiceNumber)).toList();
    }
}
