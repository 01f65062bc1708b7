package com.trackingintegration.domain.settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Who routes the deliveries: VTEX Tracking itself, or a tool outside it (then orders arrive already routed). */
public enum Routing {
    INTERNAL, EXTERNAL;

    public static Routing parse(String value) {
        String text = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (Routing routing : values()) {
            if (routing.name().equals(text)) {
                return routing;
            }
        }
        throw new IllegalArgumentException("routing must be one of " + names() + ", was '" + value + "'");
    }

    private static String names() {
        return Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
    }
}
