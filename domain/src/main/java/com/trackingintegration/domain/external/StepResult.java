package com.trackingintegration.domain.external;

/**
 * The answer of the OMS to one fulfillment step.
 *
 * @param waitingFor empty when the step is done; otherwise why VTEX refused it for now (for example the order is
 *                   still in its cancellation window), to be tried again on the next run
 */
public record StepResult(boolean done, String waitingFor) {

    public static StepResult completed() {
        return new StepResult(true, "");
    }

    public static StepResult notYet(String waitingFor) {
        return new StepResult(false, waitingFor);
    }
}
