package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.port.OrderFeed;
import com.trackingintegration.domain.port.OrderFeed.OrderEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The ids of the orders the Orders Feed reports, each once per run, read a lot of at most ten at a time as the
 * prefetch asks for more (on its background thread only). Each lot is sorted out as it arrives: a repeat of an order
 * this run already did has its handle committed at once; every other handle waits in {@link FeedHandles} for its
 * order's chunk to commit; only the orders not had yet are handed on, to be fetched.
 */
final class FeedLots implements Iterator<String> {

    /** "maxlot" cannot exceed 10 (orders-api.json, Retrieve feed items). */
    static final int LOT = 10;

    private static final Logger log = LoggerFactory.getLogger(FeedLots.class);

    private final OrderFeed feed;
    private final FeedHandles handles;
    private final OrdersSeen seen;
    private final Deque<String> fresh = new ArrayDeque<>();
    private boolean ended;

    FeedLots(OrderFeed feed, FeedHandles handles, OrdersSeen seen) {
        this.feed = feed;
        this.handles = handles;
        this.seen = seen;
    }

    @Override
    public boolean hasNext() {
        while (fresh.isEmpty() && !ended) {
            readLot();
        }
        return !fresh.isEmpty();
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the Orders Feed has no more orders for this run");
        }
        return fresh.poll();
    }

    private void readLot() {
        List<OrderEvent> events = feed.next(LOT);
        if (events.isEmpty()) {
            ended = true;
            return;
        }
        Map<String, List<String>> handlesByOrder = new LinkedHashMap<>();
        events.forEach(event -> handlesByOrder.computeIfAbsent(event.orderId(), id -> new ArrayList<>()).add(event.handle()));
        OrdersSeen.Sorted sorted = seen.claim(handlesByOrder.keySet());
        feed.commit(sorted.done().stream().flatMap(id -> handlesByOrder.get(id).stream()).toList());
        sorted.inFlight().forEach(id -> handlesByOrder.get(id).forEach(handle -> handles.read(id, handle)));
        sorted.fresh().forEach(id -> handlesByOrder.get(id).forEach(handle -> handles.read(id, handle)));
        if (sorted.fresh().isEmpty() && sorted.done().isEmpty()) {
            // Only orders this run holds (handed out or fetched ahead, their chunk not committed): the feed shows an
            // item again once its visibility timeout has passed, so it is giving back what this run holds. Reading on
            // would get the same items forever and their chunk might never come; ending here lets the held orders be
            // written and committed, and the next run reads the rest.
            log.info("The Orders Feed gave back only orders this run is processing (read longer ago than the feed's"
                    + " visibility timeout): reading stops here, the next run goes on with the rest of the feed");
            ended = true;
            return;
        }
        fresh.addAll(sorted.fresh());
    }
}
