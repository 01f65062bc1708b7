package com.trackingintegration.domain.port;

import com.trackingintegration.domain.status.ServiceStatus;
import com.trackingintegration.domain.status.TrackingStatus;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Delivery statuses from VTEX Tracking. VTEX asks that each of its GET endpoints be called at most once every
 * six hours for the same data; implementations and callers keep to that.
 */
public interface DeliveryStatuses {

    /** The services in a status whose dates fall in [from, to]; VTEX Tracking takes at most 30 days per query. */
    Stream<ServiceStatus> inStatus(TrackingStatus status, LocalDate from, LocalDate to);
}
