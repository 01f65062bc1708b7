package com.trackingintegration.domain.port;

import com.trackingintegration.domain.status.OmsTrackingUpdate;

/** Telling the OMS where an invoice's delivery stands (only when the merchant asked for status updates). */
public interface OrderTrackingUpdates {

    /** Sets the tracking number and URL if needed, then sends the events; the OMS needs the number first. */
    void send(OmsTrackingUpdate update);
}
