package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.trackingintegration.http.NamedTransformer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * VTEX's List orders over a live index, for the job tests: orders can be indexed while a run reads it, and every
 * page is cut from what the index holds at that moment (filter {@code invoicedDate:[A TO B]}, both ends included,
 * sorted by order id), as VTEX does.
 */
final class ListedOrders extends NamedTransformer {

    static final String NAME = "listed-orders";
    private static final Pattern RANGE = Pattern.compile("invoicedDate:\\[(\\S+) TO (\\S+)]");
    private static final Map<String, Instant> INDEX = new ConcurrentSkipListMap<>();

    ListedOrders() {
        super(NAME);
    }

    static void clear() {
        INDEX.clear();
    }

    static void index(String orderId, Instant invoicedAt) {
        INDEX.put(orderId, invoicedAt);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        var request = event.getRequest();
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        if (request.queryParameter("f_invoicedDate").isPresent()) {
            Matcher range = RANGE.matcher(request.queryParameter("f_invoicedDate").firstValue());
            if (!range.matches()) {
                return ResponseDefinitionBuilder.responseDefinition().withStatus(400).withBody("{\"error\":\"bad filter\"}").build();
            }
            from = Instant.parse(range.group(1));
            to = Instant.parse(range.group(2));
        }
        Instant first = from;
        Instant last = to;
        List<String> matching = INDEX.entrySet().stream().filter(e -> !e.getValue().isBefore(first) && !e.getValue().isAfter(last))
                .map(Map.Entry::getKey).toList();
        int perPage = Integer.parseInt(request.queryParameter("per_page").firstValue());
        int page = request.queryParameter("page").isPresent() ? Integer.parseInt(request.queryParameter("page").firstValue()) : 1;
        List<String> onPage = matching.subList(Math.min(matching.size(), (page - 1) * perPage), Math.min(matching.size(), page * perPage));
        String list = onPage.stream().map(id -> "{\"orderId\":\"" + id + "\"}").collect(Collectors.joining(","));
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"list\":[" + list + "],\"facets\":[],\"paging\":{\"total\":" + matching.size() + ",\"pages\":"
                        + Math.max(1, (matching.size() + perPage - 1) / perPage) + ",\"currentPage\":" + page + ",\"perPage\":" + perPage
                        + "},\"stats\":{}}").build();
    }
}
