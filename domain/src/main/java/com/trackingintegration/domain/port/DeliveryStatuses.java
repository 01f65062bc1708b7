package com.trackingintegration.domain.port;

import com.trackingintegration.domain.status.ServiceStatus;
import com.trackingintegration.domain.status.StatusQuery;
import com.trackingintegration.domain.status.TrackingStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Delivery statuses from VTEX Tracking. VTEX asks that each of its GET endpoints be called at most once every six
 * hours for the same data: implementations do not ask a query their {@link QueryHistory} says was made sooner, and
 * the caller records a query as asked once it has durably handled every service the query found, so that a query
 * whose services were lost to a failure is asked again.
 */
public interface DeliveryStatuses {

    /** The queries for the services in a status whose dates fall in [from, to]; VTEX Tracking takes at most 30 days per query. */
    List<StatusQuery> queries(TrackingStatus status, LocalDate from, LocalDate to);

    /** The services a query finds, page by page; empty, nothing asked, if the same query was made less than six hours ago. */
    Optional<Stream<ServiceStatus>> find(StatusQuery query);
}
