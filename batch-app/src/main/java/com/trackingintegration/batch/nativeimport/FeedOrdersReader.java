package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.OrderFeed;

import java.util.function.UnaryOperator;

/**
 * The orders the Orders Feed reports invoiced, until the feed is empty, read ahead of the chunk being judged and
 * sent: a background thread reads the next lots and has their Get order calls running, as the window's reader does
 * (both keep the OMS as busy as the account's pace allows). The feed itself is the restart state: what was not
 * committed comes back.
 *
 * <p>The feed delivers duplicates by design, in one lot or across lots, and an item read but not committed comes
 * back after the visibility timeout. Each order is handed out once per run ({@link FeedLots}). Only reads run ahead:
 * a handle is committed after its order's chunk has ({@link FeedHandles}), so a crash leaves every order fetched
 * ahead, and every order of the failed chunk, in the feed.
 *
 * <p>What is held is bounded whatever the feed's length: at most {@link #lotsAhead} lots' orders are fetched or held
 * ahead of the chunk, one more waits with the background thread, and one more is being sorted out.
 */
class FeedOrdersReader extends PrefetchingReader {

    private final OrderFeed feed;
    private final InvoicedOrders orders;
    private final FeedHandles handles;
    private final OrdersSeen seen;
    private final int lotsAhead;

    /**
     * @param chunkSize the step's: as many orders are fetched ahead as {@link PrefetchedOrders#BATCHES_AHEAD} chunks
     *                  hold, a lot at a time, so a lot's Get order calls start as soon as it is read
     */
    FeedOrdersReader(OrderFeed feed, InvoicedOrders orders, FeedHandles handles, OrdersSeen seen, int chunkSize) {
        this.feed = feed;
        this.orders = orders;
        this.handles = handles;
        this.seen = seen;
        this.lotsAhead = lotsAhead(chunkSize);
    }

    static int lotsAhead(int chunkSize) {
        return Math.max(PrefetchedOrders.BATCHES_AHEAD, PrefetchedOrders.BATCHES_AHEAD * chunkSize / FeedLots.LOT);
    }

    @Override
    PrefetchedOrders prefetch() {
        // The lots are sorted out as they are read (FeedLots): nothing more to filter before the Get order calls.
        return new PrefetchedOrders(orders, new FeedLots(feed, handles, seen), FeedLots.LOT, lotsAhead, UnaryOperator.identity());
    }
}
