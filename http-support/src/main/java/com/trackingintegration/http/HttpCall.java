package com.trackingintegration.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One request to a remote system: method, path (with its query) and JSON body. Carries no header, so no secret:
 * it is what errors and logs name.
 *
 * @param idempotent whether sending it twice has the effect of sending it once, so that it may be sent again when
 *                   its answer was lost. GET reads; PUT and PATCH here always carry the whole state they set (the
 *                   invoice's tracking number, its tracking events, "these invoices have no packing list"), so a
 *                   second one sets the same state again. A POST creates or acts, so it is not, unless its caller
 *                   says so ({@link #asIdempotent()}): a login, a configuration replaced whole, a feed commit.
 * @param template   the path with its values named, without the query ({@link HttpPath}): what metrics call it by. A
 *                   call made from a plain path is a fixed path, its own template once the query is left out.
 */
public record HttpCall(String method, String path, Optional<String> body, boolean idempotent, String template) {

    public HttpCall {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with '/', was " + path);
        }
        body = body == null ? Optional.empty() : body;
        template = template == null ? withoutQuery(path) : withoutQuery(template);
    }

    public HttpCall(String method, String path, Optional<String> body, boolean idempotent) {
        this(method, path, body, idempotent, null);
    }

    public HttpCall(String method, String path, Optional<String> body) {
        this(method, path, body, !"POST".equals(method));
    }

    private HttpCall(String method, HttpPath path, Optional<String> body) {
        this(method, path.path(), body, !"POST".equals(method), path.template());
    }

    /** A fixed path (a query aside): {@code /api/oms/pvt/orders?per_page=1}. A path with an id in it takes an {@link HttpPath}. */
    public static HttpCall get(String path) {
        return new HttpCall("GET", path, Optional.empty());
    }

    public static HttpCall get(HttpPath path) {
        return new HttpCall("GET", path, Optional.empty());
    }

    public static HttpCall post(String path, String json) {
        return new HttpCall("POST", path, Optional.ofNullable(json));
    }

    public static HttpCall post(HttpPath path, String json) {
        return new HttpCall("POST", path, Optional.ofNullable(json));
    }

    public static HttpCall put(String path, String json) {
        return new HttpCall("PUT", path, Optional.ofNullable(json));
    }

    public static HttpCall put(HttpPath path, String json) {
        return new HttpCall("PUT", path, Optional.ofNullable(json));
    }

    public static HttpCall patch(HttpPath path, String json) {
        return new HttpCall("PATCH", path, Optional.ofNullable(json));
    }

    /** The same request, declared safe to send again when its answer was lost. */
    public HttpCall asIdempotent() {
        return new HttpCall(method, path, body, true, template);
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** A path segment or query value, encoded: order ids and invoice numbers come from outside. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code path?name=value&...}, values encoded, in the map's order. */
    public static String withQuery(String path, Map<String, String> query) {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
