package com.trackingintegration.domain.external;

import com.trackingintegration.domain.integration.Disposition;
import com.trackingintegration.domain.integration.Reason;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Every state an external order can be in, so that what ends an order is said in one place. First the OMS steps of
 * VTEX's fulfillment flow, in the order of VTEX's guide for VTEX Tracking ("Integrating external orders via API"):
 * place, authorize dispatch, start handling, invoice; then what became of the invoiced order. The state is saved after
 * each step, so a restarted job never repeats a step that was done.
 *
 * <p>Every state that is not terminal is picked up by the next externalImport run. Of the terminal states only
 * {@link #SKIPPED_BY_RULE} is the merchant's choice; {@link #FAILED} is left by an operator ({@code reset-external})
 * once its cause is fixed, back to the step it had reached.
 */
public enum FulfillmentState {
    NEW(false, false),
    PLACED(false, false),
    DISPATCH_AUTHORIZED(false, false),
    HANDLING_STARTED(false, false),
    /** Invoiced in the OMS: from here on the order follows the native path into VTEX Tracking. */
    INVOICED(true, false),
    /** Invoiced; VTEX Tracking refused the last send, or gave no answer for it: sent again by the next run. */
    TRACKING_RETRY(true, false),
    /** In VTEX Tracking: done. */
    SENT_TO_TRACKING(true, true),
    /** Invoiced, and left out by the merchant's rules (carrier, NF-e XML...): done, nothing to send. */
    SKIPPED_BY_RULE(true, true),
    /**
     * The OMS refused a step, or the order's data cannot go to VTEX Tracking: not advanced again until an operator,
     * the cause fixed, puts it back to the step it had reached. Whether it was invoiced is that step's to say.
     */
    FAILED(false, true);

    private final boolean invoiced;
    private final boolean terminal;

    FulfillmentState(boolean invoiced, boolean terminal) {
        this.invoiced = invoiced;
        this.terminal = terminal;
    }

    /** The state the next OMS step leads to; empty once invoiced, and for a terminal state. */
    public Optional<FulfillmentState> next() {
        // The OMS steps are declared in the flow's order, INVOICED last.
        return invoiced || terminal ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public boolean isInvoiced() {
        return invoiced;
    }

    /** Terminal: the next run leaves the order alone. */
    public boolean isTerminal() {
        return terminal;
    }

    /** The states the next run picks up. */
    public static List<FulfillmentState> pending() {
        return Arrays.stream(values()).filter(state -> !state.terminal).toList();
    }

    /**
     * Where an invoiced order stands after a run, from what the run's report says of its invoices ({@link Reason#READY}
     * for one VTEX Tracking took, {@link Reason#REFUSED_BY_TRACKING} for one it refused or did not answer), so the
     * stored state and the report always agree. A refusal by VTEX Tracking is tried again rather than ending the order:
     * its answer carries no detail that would tell a lasting refusal from a passing one.
     *
     * @return empty when the order is still on its way (waiting for the OMS or for its route) or nothing was reported
     */
    public static Optional<FulfillmentState> settledBy(Collection<Reason> reported) {
        if (reported.isEmpty() || reported.stream().anyMatch(reason -> reason.disposition() == Disposition.DEFER)) {
            return Optional.empty();
        }
        if (reported.contains(Reason.REFUSED_BY_TRACKING)) {
            return Optional.of(TRACKING_RETRY);
        }
        if (reported.stream().anyMatch(reason -> reason.disposition() == Disposition.REJECT)) {
            return Optional.of(FAILED);
        }
        if (reported.contains(Reason.READY) || reported.contains(Reason.ALREADY_SENT)) {
            return Optional.of(SENT_TO_TRACKING);
        }
        return Optional.of(SKIPPED_BY_RULE);
    }
}
