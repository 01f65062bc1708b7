package com.trackingintegration.domain.external;

import com.trackingintegration.domain.port.ExternalOrderCreation;

/**
 * Takes an external order through the OMS steps as far as VTEX allows today. Each step is safe to repeat: placing is
 * skipped when the OMS already has the order (a crash after VTEX created it but before the state was saved), and the
 * later steps are idempotent on VTEX's side (same order id, same invoice number).
 */
public final class ExternalOrderProgress {

    private final ExternalOrderCreation oms;

    public ExternalOrderProgress(ExternalOrderCreation oms) {
        this.oms = oms;
    }

    /**
     * @param listener told of each state reached, so the caller can save it before the next step runs
     * @return where the order stands: invoiced (ready for VTEX Tracking), or waiting with VTEX's reason
     */
    public Progress advance(ExternalOrder order, FulfillmentState from, StateListener listener) {
        FulfillmentState state = from;
        while (!state.isInvoiced()) {
            StepResult result = perform(order, state);
            if (!result.done()) {
                return new Progress(state, result.waitingFor());
            }
            state = state.next().orElseThrow();
            listener.reached(order, state);
        }
        return new Progress(state, "");
    }

    private StepResult perform(ExternalOrder order, FulfillmentState state) {
        switch (state) {
            case NEW:
                if (oms.exists(order.omsOrderId())) {
                    return StepResult.completed();
                }
                oms.place(order);
                return StepResult.completed();
            case PLACED:
                oms.authorizeDispatch(order);
                return StepResult.completed();
            case DISPATCH_AUTHORIZED:
                return oms.startHandling(order.omsOrderId());
            case HANDLING_STARTED:
                oms.invoice(order.omsOrderId(), order.invoiceNotification());
                return StepResult.completed();
            default:
                throw new IllegalStateException("no OMS step after " + state);
        }
    }

    /** Where an order stands after a run, and why it waits when it does. */
    public record Progress(FulfillmentState state, String waitingFor) {
        public boolean isWaiting() {
            return !waitingFor.isEmpty();
        }
    }

    /** Called after each completed step, before the next one. */
    @FunctionalInterface
    public interface StateListener {
        void reached(ExternalOrder order, FulfillmentState state);
    }
}
