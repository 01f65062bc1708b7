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

    ExternalLineWriter(JdbcExternalOrders externalOrders, JdbcOutcomes outcomes, String affiliateId, Optional<String> salesChannel, long executionId) {
        this.externalOrders = externalOrders;
        this.outcomes = outcomes;
        this.affiliateId = affiliateId;
        this.salesChannel = salesChannel;
        this.executionId = executionId;
    }

    @Override
    public void write(Chunk<? extends ErpOrderInbox.Line> chunk) {
        List<JdbcOutcomes.Row> rejected = new ArrayList<>();
        for (ErpOrderInbox.Line line : chunk) {
            String id = line.file() + ":" + line.lineNumber();
            if (line.order().isPresent()) {
                ExternalOrder order = new ExternalOrder(affiliateId, salesChannel, line.order().get());
                Registered registered = externalOrders.register(order.omsOrderId(), order.erp(), line.file(), line.lineNumber());
                if (registered.registration() == Registration.TOO_LATE) {
                    rejected.add(new JdbcOutcomes.Row(id, "", JdbcOutcomes.Outcome.REJECTED, Reason.CORRECTION_AFTER_PLACEMENT,
                            id + " changes order " + order.omsOrderId() + ", already " + registered.earlierState() + " in the OMS (registered from "
                                    + registered.earlierFile() + ":" + registered.earlierLine() + "): not applied; change the order in the OMS"));
                }
            } else {
                String detail = id + " " + line.problems().stream().map(FieldProblem::toString).collect(Collectors.joining("; "));
                rejected.add(new JdbcOutcomes.Row(id, "", JdbcOutcomes.Outcome.REJECTED, Reason.INVALID_DATA, detail));
            }
        }
        outcomes.add(executionId, rejected);
    }
}
