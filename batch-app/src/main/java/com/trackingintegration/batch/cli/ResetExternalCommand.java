package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.store.JdbcExternalOrders;
import com.trackingintegration.domain.external.ExternalOrder;

import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code reset-external <erpOrderId>}: puts an external order that ended FAILED (the OMS refused a step, or its data
 * could not go to VTEX Tracking) back to the last good step it had reached, once the cause is fixed; the next
 * externalImport run goes on from there. Any other order is left as it is: exit 2, one line saying why.
 */
public final class ResetExternalCommand {

    private final JdbcExternalOrders externalOrders;
    private final Supplier<String> affiliateId;

    /** @param affiliateId the configured affiliate, asked only when the command runs (it names the order in the OMS) */
    public ResetExternalCommand(JdbcExternalOrders externalOrders, Supplier<String> affiliateId) {
        this.externalOrders = externalOrders;
        this.affiliateId = affiliateId;
    }

    public int run(String erpOrderId, PrintStream out) {
        String omsOrderId = ExternalOrder.omsOrderId(affiliateId.get(), erpOrderId);
        Optional<String> back = externalOrders.resetFailed(omsOrderId).map(Enum::name);
        if (back.isPresent()) {
            out.println(omsOrderId + " (ERP order " + erpOrderId + "): from FAILED back to " + back.get()
                    + "; the next externalImport run goes on from there");
            return ExitCodes.COMPLETED;
        }
        out.println(externalOrders.state(omsOrderId)
                .map(state -> omsOrderId + " (ERP order " + erpOrderId + ") is " + state + ", not FAILED: nothing to reset")
                .orElse("no external order " + omsOrderId + " (ERP order " + erpOrderId + "): nothing to reset"));
        return ExitCodes.USAGE;
    }
}
