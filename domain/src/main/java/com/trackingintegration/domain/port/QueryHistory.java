package com.trackingintegration.domain.port;

import java.time.Instant;
import java.util.Optional;

/**
 * When each query to a remote system was last made, kept by the caller across runs. VTEX asks that each VTEX
 * Tracking GET endpoint be called at most once every six hours for the same data; this is how a reader knows.
 */
public interface QueryHistory {

    Optional<Instant> lastAsked(String query);

    void asked(String query, Instant at);
}
