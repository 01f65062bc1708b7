package com.trackingintegration.domain.port;

import com.trackingintegration.domain.external.ExternalOrder;
import com.trackingintegration.domain.external.InvoiceNotification;
import com.trackingintegration.domain.external.StepResult;

/** Creating orders that live outside VTEX in the OMS, through VTEX's fulfillment flow, step by step. */
public interface ExternalOrderCreation {

    /** Whether the OMS already holds this order (placed by an earlier run that crashed before saving its state). */
    boolean exists(String omsOrderId);

    void place(ExternalOrder order);

    void authorizeDispatch(ExternalOrder order);

    /** Not yet done while the order is in its cancellation window (30 minutes by default). */
    StepResult startHandling(String omsOrderId);

    void invoice(String omsOrderId, InvoiceNotification invoice);
}
