package com.trackingintegration.domain.port;

import com.trackingintegration.domain.route.RouteAssignment;

import java.util.List;

/** Routes made outside VTEX Tracking for OMS orders (when routing is external). */
public interface RouteAssignments {

    List<RouteAssignment> forOrder(String orderId);
}
