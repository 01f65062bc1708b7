package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.store.JdbcDeferredOrders;
import com.trackingintegration.batch.store.JdbcExternalOrders;
import com.trackingintegration.batch.store.JdbcLedgerStates;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.external.FulfillmentState;
import com.trackingintegration.domain.port.AccessDeniedException;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.domain.port.DeliveryServices.TrackedService;
import com.trackingintegration.domain.port.RemoteSystemException;
import com.trackingintegration.domain.port.SystemUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code order <orderId> [--live]}: the whole story of one order across executions, for customer service asking "why
 * is order X not in Tracking?": every outcome recorded for it, oldest first, what the ledger holds per invoice, whether
 * it waits, and with {@code --live} what VTEX Tracking holds for its invoices now. Read-only: it takes no lease (a run
 * may be going on) and writes nothing. An order no run has seen: exit 2, one line.
 */
public final class OrderCommand {

    private static final Logger log = LoggerFactory.getLogger(OrderCommand.class);
    /** As much of a fingerprint as tells two versions apart to a reader; the whole is 64 hex digits. */
    private static final int SHORT = 12;

    private final OrderStory.Stores stores;
    private final Supplier<DeliveryServices> tracking;

    /** @param tracking VTEX Tracking, asked for only with {@code --live} (so its credentials are needed only then) */
    public OrderCommand(JdbcOutcomes outcomes, JdbcLedgerStates ledger, JdbcDeferredOrders deferred,
                        JdbcExternalOrders external, Supplier<String> affiliateId, Supplier<DeliveryServices> tracking) {
        this.stores = new OrderStory.Stores(outcomes, ledger, deferred, external, affiliateId);
        this.tracking = tracking;
    }

    /** @param live whether to ask VTEX Tracking, too, what it holds for the order's invoices now */
    public int run(String orderId, boolean live, PrintStream out) {
        OrderStory story = stores.read(orderId);
        if (story.unknown()) {
            out.println("no order " + orderId + " in the database: no run has read it (not invoiced in a window read yet, or another id)");
            return ExitCodes.USAGE;
        }
        out.println("order " + story.orderId());
        printOutcomes(story, out);
        printLedger(story, out);
        printWaiting(story, out);
        return live ? printLive(story, out) : ExitCodes.COMPLETED;
    }

    private static void printOutcomes(OrderStory story, PrintStream out) {
        out.println("  outcomes, oldest first:" + (story.outcomes().isEmpty() ? " none recorded" : ""));
        for (JdbcOutcomes.Recorded r : story.outcomes()) {
            JdbcOutcomes.Row row = r.row();
            out.println("    " + r.started().truncatedTo(ChronoUnit.SECONDS) + "  execution " + r.executionId() + " (" + r.job() + ")  "
                    + invoice(row.invoiceNumber()) + ": " + row.outcome() + " " + row.reason() + (row.detail().isEmpty() ? "" : " - " + row.detail()));
        }
    }

    private static String invoice(String number) {
        return number.isEmpty() ? "whole order" : "invoice " + number;
    }

    private static void printLedger(OrderStory story, PrintStream out) {
        out.println("  ledger, by invoice:" + (story.ledger().isEmpty() ? " nothing sent to VTEX Tracking" : ""));
        for (JdbcLedgerStates.Entry e : story.ledger()) {
            String acknowledged = e.acknowledged().filter(e.fingerprint()::equals).isPresent() ? ""
                    : ", VTEX Tracking acknowledged " + e.acknowledged().map(OrderCommand::shortly).orElse("no version");
            out.println("    invoice " + number(e.service()) + ": " + e.state() + ", fingerprint " + shortly(e.fingerprint()) + acknowledged
                    + ", " + e.updatedAt().truncatedTo(ChronoUnit.SECONDS) + e.executionId().map(id -> ", execution " + id).orElse("")
                    + (e.message().isEmpty() ? "" : " - " + e.message()));
        }
    }

    private static String number(DeliveryServiceId service) {
        return service.invoiceNumber() + (service.series().isEmpty() ? "" : " series " + service.series());
    }

    private static String shortly(Fingerprint fingerprint) {
        return fingerprint.value().substring(0, SHORT);
    }

    private static void printWaiting(OrderStory story, PrintStream out) {
        story.waitingSince().ifPresentOrElse(since -> out.println("  waiting since " + since.truncatedTo(ChronoUnit.SECONDS) + ": "
                        + story.waitingFor().map(reason -> reason + " (" + reason.description() + ")").orElse("deferred")
                        + "; next try: the next nativeImport run"),
                () -> {
                    if (story.external().isEmpty()) {
                        out.println("  waiting: no");
                    }
                });
        story.external().ifPresent(external -> out.println("  external order (ERP order " + external.erpOrderId() + ", " + external.sourceFile()
                + " line " + external.sourceLine() + "): " + external.state() + " since " + external.updatedAt().truncatedTo(ChronoUnit.SECONDS)
                + (external.why().isEmpty() ? "" : " - " + external.why()) + "; " + nextStep(external)));
    }

    private static String nextStep(JdbcExternalOrders.Stored external) {
        if (external.state() == FulfillmentState.FAILED) {
            return "last good step " + external.lastGoodState().map(Enum::name).orElse("unknown")
                    + ": once the cause is fixed, 'reset-external " + external.erpOrderId() + "' puts it back there";
        }
        return external.state().isTerminal() ? "done" : "next try: the next externalImport run";
    }

    /**
     * What VTEX Tracking holds now for each invoice the ledger knows. A Tracking that cannot be asked: one line, the
     * story above printed all the same; exit 3 if it refused the credentials, 5 if it could not be reached or kept failing, else 1.
     */
    private int printLive(OrderStory story, PrintStream out) {
        out.println("  VTEX Tracking now:" + (story.ledger().isEmpty() ? " nothing to look up (no invoice was sent)" : ""));
        try {
            for (JdbcLedgerStates.Entry e : story.ledger()) {
                List<TrackedService> held = tracking.get().lookUp(e.service());
                out.println("    invoice " + number(e.service()) + ": " + (held.isEmpty() ? "none"
                        : held.stream().map(OrderCommand::described).collect(Collectors.joining(", "))));
            }
            return ExitCodes.COMPLETED;
        } catch (RemoteSystemException failed) {
            out.println("    VTEX Tracking could not be asked: " + failed.getMessage());
            log.error("order {} --live: looking up VTEX Tracking failed", story.orderId(), failed);
            return failed instanceof AccessDeniedException ? ExitCodes.CREDENTIALS_REJECTED
                    : failed instanceof SystemUnavailableException ? ExitCodes.UNREACHABLE : ExitCodes.FAILED;
        }
    }

    private static String described(TrackedService service) {
        String kind = service.canceled() ? "canceled" : service.delivered() ? "delivered" : service.active() ? "active" : "live";
        return (service.status().isEmpty() ? "no status" : service.status()) + " (" + kind + ")";
    }
}
