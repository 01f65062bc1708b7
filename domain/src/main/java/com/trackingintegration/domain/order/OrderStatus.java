package com.trackingintegration.domain.order;

import java.util.Set;

/**
 * The OMS workflow status of an order, as VTEX spells it ({@code invoiced}, {@code handling}...).
 * Kept as text because VTEX has dozens of statuses and adds new ones; the rules only need to know two things.
 * An empty code stands for VTEX's {@code null} status (an incomplete order).
 */
public record OrderStatus(String code) {

    public static final OrderStatus INVOICED = new OrderStatus("invoiced");

    /** Every status on the way to, or at, cancellation: none of them may become a delivery. */
    private static final Set<String> CANCELLATION = Set.of("canceled", "cancel", "request-cancel", "cancellation-requested");

    public OrderStatus {
        code = Text.orEmpty(code);
    }

    public static OrderStatus of(String code) {
        return new OrderStatus(code);
    }

    public boolean isInvoiced() {
        return INVOICED.code.equals(code);
    }

    public boolean isCanceled() {
        return CANCELLATION.contains(code);
    }

    @Override
    public String toString() {
        return code.isEmpty() ? "(none)" : code;
    }
}
