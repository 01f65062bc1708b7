package com.trackingintegration.adapters.oms;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.trackingintegration.http.NamedTransformer;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays VTEX's List orders over a population of invoiced orders: filters by {@code invoicedDate:[A TO B]} (both ends
 * included, as VTEX does), sorts by order id, pages, and refuses pages beyond the 30th as VTEX does.
 */
final class InvoicedOrdersTransformer extends NamedTransformer {

    static final String NAME = "invoiced-orders";
    private static final Pattern RANGE = Pattern.compile("invoicedDate:\\[(\\S+) TO (\\S+)]");
    private static final List<Invoiced> POPULATION = new CopyOnWriteArrayList<>();
    static final List<Integer> PAGES_ASKED = new CopyOnWriteArrayList<>();

    record Invoiced(String orderId, Instant invoicedAt) {
    }

    static void serve(List<Invoiced> orders) {
        POPULATION.clear();
        POPULATION.addAll(orders.stream().sorted(Comparator.comparing(Invoiced::orderId)).toList());
        PAGES_ASKED.clear();
    }

    InvoicedOrdersTransformer() {
        super(NAME);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        var request = event.getRequest();
        Matcher range = RANGE.matcher(request.queryParameter("f_invoicedDate").firstValue());
        if (!range.matches() || !"invoiced".equals(request.queryParameter("f_status").firstValue())) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(400).withBody("{\"error\":\"bad filter\"}").build();
        }
        Instant from = Instant.parse(range.group(1));
        Instant to = Instant.parse(range.group(2));
        int page = Integer.parseInt(request.queryParameter("page").firstValue());
        int perPage = Integer.parseInt(request.queryParameter("per_page").firstValue());
        PAGES_ASKED.add(page);
        if (page > 30 || perPage > 100) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(400)
                    .withBody("{\"error\":{\"message\":\"Max page exceeded\"}}").build();
        }
        List<String> matching = POPULATION.stream()
                .filter(o -> !o.invoicedAt().isBefore(from) && !o.invoicedAt().isAfter(to))
                .map(Invoiced::orderId).toList();
        List<String> onPage = matching.subList(Math.min(matching.size(), (page - 1) * perPage), Math.min(matching.size(), page * perPage));
        return ResponseDefinitionBuilder.responseDefinition().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(OmsExamples.listPage(onPage, matching.size(), page, perPage)).build();
    }
}
