package com.trackingintegration.http;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request path and its template: the path sent, and the same path with each value from outside named instead
 * ({@code /api/oms/pvt/orders/{orderId}}). The template is what metrics name a call by, one series per endpoint:
 * an order id or an invoice number in a metric's tag would make a series per order, and carry business data into
 * the monitor.
 */
public record HttpPath(String template, String path) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^/{}]+}");

    public HttpPath {
        if (!template.startsWith("/") || !path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with '/', was " + path);
        }
    }

    /**
     * {@code of("/api/oms/pvt/orders/{orderId}/invoice/{invoiceNumber}", orderId, number)}: each placeholder, in
     * order, takes one value, encoded as a path segment.
     */
    public static HttpPath of(String template, String... values) {
        Matcher placeholders = PLACEHOLDER.matcher(template);
        StringBuilder path = new StringBuilder();
        int used = 0;
        while (placeholders.find()) {
            if (used == values.length) {
                throw new IllegalArgumentException(template + ": more placeholders than the " + values.length + " values given");
            }
            placeholders.appendReplacement(path, Matcher.quoteReplacement(HttpCall.encode(values[used++])));
        }
        placeholders.appendTail(path);
        if (used != values.length) {
            throw new IllegalArgumentException(template + ": " + values.length + " values for " + used + " placeholders");
        }
        return new HttpPath(template, path.toString());
    }

    /** The same path followed by a fixed part ({@code /tracking}), on both the path and the template. */
    public HttpPath plus(String fixed) {
        return new HttpPath(template + fixed, path + fixed);
    }

    /** The path with a query; the template leaves it out (its values are dates, ids, invoice numbers). */
    public HttpPath withQuery(Map<String, String> query) {
        return new HttpPath(template, HttpCall.withQuery(path, query));
    }
}
