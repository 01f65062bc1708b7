package com.trackingintegration.demo;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated OMS's List orders: the orders invoiced in the window of {@code f_invoicedDate}, a page at a time,
 * less those VTEX has not indexed yet.
 */
final class SimulatedListing {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern RANGE = Pattern.compile("invoicedDate:\\[(\\S+) TO (\\S+)]");

    /** The order ids sorted by invoicing time, and those times, so a window is found by binary search. */
    private final String[] idsByInvoicing;
    private final Instant[] invoicingTimes;
    /** Orders List orders does not show yet (VTEX indexes them late); Get order finds them. */
    private final Set<String> unlisted = ConcurrentHashMap.newKeySet();

    SimulatedListing(Map<String, Instant> invoicedAt) {
        this.idsByInvoicing = invoicedAt.keySet().stream()
                .sorted(Comparator.comparing((String id) -> invoicedAt.get(id)).thenComparing(id -> id)).toArray(String[]::new);
        this.invoicingTimes = Arrays.stream(idsByInvoicing).map(invoicedAt::get).toArray(Instant[]::new);
    }

    /** Every order id, in invoicing order. */
    List<String> ids() {
        return List.of(idsByInvoicing);
    }

    void hide(String orderId) {
        unlisted.add(orderId);
    }

    void show(String orderId) {
        unlisted.remove(orderId);
    }

    void answer(HttpExchange exchange, Map<String, String> query) throws IOException {
        List<String> matching = inRange(query.get("f_invoicedDate"));
        if (!unlisted.isEmpty()) {
            matching = matching.stream().filter(id -> !unlisted.contains(id)).toList();
        }
        int perPage = Integer.parseInt(query.getOrDefault("per_page", "15"));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        List<String> onPage = matching.subList(Math.min(matching.size(), (page - 1) * perPage), Math.min(matching.size(), page * perPage));
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("list");
        onPage.forEach(id -> list.addObject().put("orderId", id).put("status", "invoiced"));
        body.putArray("facets");
        body.putObject("paging").put("total", matching.size()).put("pages", (matching.size() + perPage - 1) / perPage)
                .put("currentPage", page).put("perPage", perPage);
        body.putObject("stats");
        SimulatedHttp.reply(exchange, 200, body.toString());
    }

    /** The ids invoiced within the filter's range, both ends included, as VTEX's {@code [from TO to]}. */
    private List<String> inRange(String filter) {
        if (filter == null) {
            return List.of(idsByInvoicing);
        }
        Matcher range = RANGE.matcher(filter);
        if (!range.matches()) {
            return List.of();
        }
        int from = firstAtOrAfter(Instant.parse(range.group(1)));
        int to = firstAtOrAfter(Instant.parse(range.group(2)).plusNanos(1));
        return Arrays.asList(idsByInvoicing).subList(from, Math.max(from, to));
    }

    private int firstAtOrAfter(Instant at) {
        int index = Arrays.binarySearch(invoicingTimes, at);
        if (index < 0) {
            return -index - 1;
        }
        while (index > 0 && invoicingTimes[index - 1].equals(at)) {
            index--;
        }
        return index;
    }
}
