package com.trackingintegration.domain.order;

/** {@code Output}: a sale, something to deliver. {@code Input}: a return, never a delivery. */
public enum InvoiceType {
    OUTPUT, INPUT;

    public static InvoiceType parse(String value) {
        String text = Text.orEmpty(value);
        if ("Output".equalsIgnoreCase(text)) {
            return OUTPUT;
        }
        if ("Input".equalsIgnoreCase(text)) {
            return INPUT;
        }
        throw new IllegalArgumentException("invoice type must be Output or Input, was '" + text + "'");
    }
}
