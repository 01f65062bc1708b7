package com.trackingintegration.batch.externalimport;

import com.trackingintegration.batch.store.JdbcExternalOrders;
import com.trackingintegration.batch.store.JdbcExternalOrders.Registered;
import com.trackingintegration.batch.store.JdbcExternalOrders.Registration;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.domain.external.ExternalOrder;
import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.port.ErpOrderInbox;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Registers each valid ERP order for the OMS steps (once: a line read again never resets an order), and records
 * each rejected line as an outcome; the line is also in its file's rejects file. A line that changes an order is
 * applied while the order is not placed yet; once it is, the line is reported, since only the OMS can change it now.
 * Outcomes of lines are named {@code file:line}, so they never collide with the order's own outcome in the same run.
 */
class ExternalLineWriter implements ItemWriter<ErpOrderInbox.Line> {

    private final JdbcExternalOrders externalOrders;
    private final JdbcOutcomes outcomes;
    private final String affiliateId;
    private final Optional<String> salesChannel;
    private final long executionId;
    private final boolean dryRun;

    /**
     * @param dryRun nothing registered: each line that would register or correct an order is reported WOULD_IMPORT
     *               under the order's id, the outcome a real run gives it once it reaches VTEX Tracking
     */
    ExternalLineWriter(JdbcExternalOrders externalOrders, JdbcOutcomes outcomes, String affiliateId, Optional<String> salesChannel, long executionId,
                       boolean dryRun) {
        this.externalOrders = externalOrders;
        this.outcomes = outcomes;
        this.affiliateId = affiliateId;
        this.salesChannel = salesChannel;
        this.executionId = executionId;
        this.dryRun = dryRun;
    }

    @Override
    public void write(Chunk<? extends ErpOrderInbox.Line> chunk) {
        // The lines' outcomes: rejected lines, and in a dry run the orders that would be imported.
        List<JdbcOutcomes.Row> rows = new ArrayList<>();
        for (ErpOrderInbox.Line line : chunk) {
            String id = line.file() + ":" + line.lineNumber();
            if (line.order().isPresent()) {
                ExternalOrder order = new ExternalOrder(affiliateId, salesChannel, line.order().get());
                Registered registered = dryRun ? externalOrders.wouldRegister(order.omsOrderId(), order.erp(), line.file(), line.lineNumber())
                        : externalOrders.register(order.omsOrderId(), order.erp(), line.file(), line.lineNumber());
                if (dryRun && (registered.registration() == Registration.REGISTERED || registered.registration() == Registration.CORRECTED)) {
                    rows.add(wouldImport(id, order, registered));
                } else if (registered.registration() == Registration.TOO_LATE) {
                    rows.add(new JdbcOutcomes.Row(id, "", JdbcOutcomes.Outcome.REJECTED, Reason.CORRECTION_AFTER_PLACEMENT,
                            id + " changes order " + order.omsOrderId() + ", already " + registered.earlierState() + " in the OMS (registered from "
                                    + registered.earlierFile() + ":" + registered.earlierLine() + "): not applied; change the order in the OMS"));
                }
            } else {
                String detail = id + " " + line.problems().stream().map(FieldProblem::toString).collect(Collectors.joining("; "));
                rows.add(new JdbcOutcomes.Row(id, "", JdbcOutcomes.Outcome.REJECTED, Reason.INVALID_DATA, detail));
            }
        }
        outcomes.add(executionId, rows);
    }

    private static JdbcOutcomes.Row wouldImport(String id, ExternalOrder order, Registered registered) {
        String corrected = registered.registration() == Registration.CORRECTED
                ? id + " would replace the order registered from " + registered.earlierFile() + ":" + registered.earlierLine() + "; " : "";
        return new JdbcOutcomes.Row(order.omsOrderId(), order.erp().invoice().number(), JdbcOutcomes.Outcome.WOULD_IMPORT, Reason.READY,
                corrected + "would be placed in the OMS and sent to VTEX Tracking once invoiced");
    }
}
