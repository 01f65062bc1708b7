package com.trackingintegration.domain.order;

/** Null-safe text helpers: VTEX sends null for many optional fields, the domain keeps empty strings instead. */
public final class Text {

    private Text() {
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static String digitsOf(String value) {
        return orEmpty(value).replaceAll("\\D", "");
    }
}
