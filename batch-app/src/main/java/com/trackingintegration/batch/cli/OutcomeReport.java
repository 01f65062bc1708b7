package com.trackingintegration.batch.cli;

import com.trackingintegration.domain.integration.Disposition;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.integration.Verdict;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

/** Counts of orders and invoices by outcome and reason, printed for the operator at the end of a run. */
public final class OutcomeReport {

    private final String title;
    private final Map<Reason, Integer> orders = new EnumMap<>(Reason.class);
    private final Map<Reason, Integer> invoices = new EnumMap<>(Reason.class);
    private int orderCount;

    public OutcomeReport(String title) {
        this.title = title;
    }

    public void add(OrderDecision decision) {
        orderCount++;
        orders.merge(decision.summary(), 1, Integer::sum);
        for (Verdict verdict : decision.verdicts()) {
            invoices.merge(verdict.reason(), 1, Integer::sum);
        }
    }

    public int orders(Reason reason) {
        return orders.getOrDefault(reason, 0);
    }

    public int invoices(Reason reason) {
        return invoices.getOrDefault(reason, 0);
    }

    public int orderCount() {
        return orderCount;
    }

    public void print(PrintStream out) {
        out.println(title);
        out.printf("  %-8s %-22s %7s %9s  %s%n", "outcome", "reason", "orders", "invoices", "meaning");
        for (Reason reason : Reason.values()) {
            if (orders(reason) + invoices(reason) > 0) {
                out.printf("  %-8s %-22s %7d %9d  %s%n", label(reason.disposition()), reason, orders(reason),
                        invoices(reason), reason.description());
            }
        }
        out.printf("  %-31s %7d%n", "total", orderCount);
    }

    private static String label(Disposition disposition) {
        switch (disposition) {
            case DELIVER:
                return "send";
            case DEFER:
                return "waiting";
            case REJECT:
                return "rejected";
            default:
                return "skipped";
        }
    }
}
