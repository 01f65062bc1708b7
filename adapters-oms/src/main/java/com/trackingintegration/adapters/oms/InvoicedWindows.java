package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.http.HttpCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The ids of the orders invoiced in a window, read page by page. List orders serves at most 30 pages for one filter
 * (3,000 orders at 100 a page): a window that holds more is cut in two halves, again and again, until each part
 * fits, so no order is ever out of reach however busy the day. Only one page is in memory at a time.
 *
 * <p>Windows are half-open, [from, to): VTEX's filter {@code invoicedDate:[a TO b]} includes both ends, so it is
 * sent as {@code [from TO to - 1 ms]}, and two neighbouring parts never share an order. The list's dates are
 * compared to the millisecond, the precision written in the filter.
 */
final class InvoicedWindows implements Iterator<String> {

    private static final Logger log = LoggerFactory.getLogger(InvoicedWindows.class);
    private static final DateTimeFormatter FILTER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Duration SMALLEST = Duration.ofMillis(1);

    private final OmsApi api;
    private final Deque<TimeWindow> pending = new ArrayDeque<>();
    private TimeWindow current;
    private int page;
    private int pages;
    private Iterator<String> ids = List.<String>of().iterator();

    InvoicedWindows(OmsApi api, TimeWindow window) {
        this.api = api;
        pending.push(window);
    }

    @Override
    public boolean hasNext() {
        while (!ids.hasNext()) {
            if (current != null && page < pages) {
                read(current, page + 1);
            } else if (!pending.isEmpty()) {
                current = pending.pop();
                readFirstPage(current);
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ids.next();
    }

    private void readFirstPage(TimeWindow window) {
        OrderListJson first = read(window, 1);
        int total = first.paging() == null || first.paging().total() == null ? first.items().size() : first.paging().total();
        int capacity = api.settings().perPage() * api.settings().maxPages();
        if (total > capacity) {
            split(window, total, capacity);
        }
    }

    private void split(TimeWindow window, int total, int capacity) {
        if (window.length().compareTo(SMALLEST.multipliedBy(2)) < 0) {
            throw new IllegalStateException("VTEX OMS lists " + total + " orders invoiced in " + window
                    + ", more than the " + capacity + " one filter can reach, and the window cannot be cut finer");
        }
        Instant middle = window.from().plus(window.length().dividedBy(2)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        log.debug("{} holds {} invoiced orders, over the {} one filter reaches: cut at {}", window, total, capacity, middle);
        pending.push(new TimeWindow(middle, window.to()));
        pending.push(new TimeWindow(window.from(), middle));
        current = null;
        ids = List.<String>of().iterator();
    }

    private OrderListJson read(TimeWindow window, int pageNumber) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("f_status", "invoiced");
        query.put("f_invoicedDate", "invoicedDate:[" + FILTER_DATE.format(window.from()) + " TO "
                + FILTER_DATE.format(window.to().minus(SMALLEST)) + "]");
        query.put("orderBy", "orderId,asc");
        query.put("per_page", String.valueOf(api.settings().perPage()));
        query.put("page", String.valueOf(pageNumber));
        OrderListJson list = api.get(HttpCall.withQuery("/api/oms/pvt/orders", query), OrderListJson.class, "a page of orders");
        page = pageNumber;
        pages = list.paging() == null || list.paging().pages() == null ? pageNumber : Math.min(list.paging().pages(), api.settings().maxPages());
        ids = list.items().stream().map(OrderListJson.Item::orderId).iterator();
        return list;
    }
}
