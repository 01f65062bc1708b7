package com.trackingintegration.adapters.oms;

import java.util.List;

/** Orders Feed v3 bodies: the configuration, an item read, the commit. */
final class OrderFeedJson {

    private OrderFeedJson() {
    }

    record Config(Filter filter, Queue queue) {
    }

    record Filter(String type, List<String> status) {
    }

    /** The spec capitalises {@code MessageRetentionPeriodInSeconds}; VTEX's guide does not. The spec is followed. */
    record Queue(long visibilityTimeoutInSeconds, @com.fasterxml.jackson.annotation.JsonProperty("MessageRetentionPeriodInSeconds") long messageRetentionPeriodInSeconds) {
    }

    record Item(String eventId, String handle, String domain, String state, String lastState, String orderId,
                String lastChange, String currentChange) {
    }

    record Commit(List<String> handles) {
    }
}
