package com.trackingintegration.domain.port;

import java.time.Duration;

/** Sets up the {@link OrderFeed} this integration reads: which order changes VTEX queues for it, and for how long. */
public interface OrderFeedSetup {

    /**
     * Creates or replaces this integration's feed: the orders whose status becomes invoiced. Doing it again sets the
     * same feed.
     *
     * @return how long the feed keeps an event not yet committed
     */
    Duration configure();
}
