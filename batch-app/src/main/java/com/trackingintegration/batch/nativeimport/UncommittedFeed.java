package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.port.OrderFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;

/**
 * The Orders Feed as a dry run reads it: a commit removes events from the feed, a write to VTEX, so none is made.
 * The events come back after the feed's visibility timeout, for the real run.
 */
final class UncommittedFeed implements OrderFeed {

    private static final Logger log = LoggerFactory.getLogger(UncommittedFeed.class);

    private final OrderFeed feed;

    UncommittedFeed(OrderFeed feed) {
        this.feed = feed;
    }

    @Override
    public List<OrderEvent> next(int max) {
        return feed.next(max);
    }

    @Override
    public void commit(Collection<String> handles) {
        log.debug("dry run: {} Orders Feed handle(s) left in the feed", handles.size());
    }
}
