package com.trackingintegration.domain.reconcile;

import java.util.Collection;
import java.util.Comparator;

/**
 * The categories that account for every invoiced order of a reconciled window, from the best to the worst. An order
 * counts once, in the category of its worst invoice. Skipped by a rule ranks below in Tracking: an order whose sale
 * invoice is in Tracking and whose return invoice is skipped (as every return invoice is) is an order in Tracking.
 */
public enum Category {
    SKIPPED_BY_RULE("skipped by rule"),
    IN_TRACKING("in Tracking"),
    FIXED_NOW("fixed now"),
    DEFERRED("deferred"),
    REJECTED("rejected"),
    NEEDS_ATTENTION("need attention");

    private final String words;

    Category(String words) {
        this.words = words;
    }

    /** How the report's last line names it ({@code 3 in Tracking}). */
    public String words() {
        return words;
    }

    /** The worst of an order's invoices' categories. */
    public static Category worstOf(Collection<Category> categories) {
        return categories.stream().max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("an order has at least one finding"));
    }
}
