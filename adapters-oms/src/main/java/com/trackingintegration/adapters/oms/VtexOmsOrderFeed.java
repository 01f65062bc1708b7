package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.port.OrderFeed;
import com.trackingintegration.domain.port.OrderFeedSetup;
import com.trackingintegration.http.HttpCall;
import com.trackingintegration.http.HttpReply;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * VTEX's Orders Feed v3, the source VTEX recommends for integrations: configured for orders reaching
 * {@code invoiced}, read at most 10 items at a time, committed only when the caller says the orders were durably
 * processed. An item read and not committed comes back after the visibility timeout: that is what makes a crash
 * safe. Items can repeat, so the caller is idempotent.
 */
public final class VtexOmsOrderFeed implements OrderFeed, OrderFeedSetup {

    /** "maxlot" cannot exceed 10 (orders-api.json, Retrieve feed items). */
    public static final int MAX_LOT = 10;

    private final OmsApi api;

    public VtexOmsOrderFeed(OmsSettings settings) {
        this.api = new OmsApi(settings);
    }

    /** This app key's feed: status changes to invoiced, kept as long as the settings say. */
    @Override
    public Duration configure() {
        return OmsApi.PORT.get(this::configured);
    }

    private Duration configured() {
        OmsSettings settings = api.settings();
        OrderFeedJson.Config config = new OrderFeedJson.Config(new OrderFeedJson.Filter("FromWorkflow", List.of("invoiced")),
                new OrderFeedJson.Queue(settings.feedVisibilityTimeout().toSeconds(), settings.feedRetention().toSeconds()));
        // The configuration is replaced whole: sending it again when its answer was lost sets the same feed.
        api.send(HttpCall.post("/api/orders/feed/config", OmsApi.JSON.write(config)).asIdempotent());
        return settings.feedRetention();
    }

    @Override
    public List<OrderEvent> next(int max) {
        if (max < 1 || max > MAX_LOT) {
            throw new IllegalArgumentException("the Orders Feed gives 1 to " + MAX_LOT + " items at a time, asked for " + max);
        }
        HttpCall call = HttpCall.get("/api/orders/feed?maxlot=" + max);
        HttpReply reply = OmsApi.PORT.get(() -> api.sendUnlessNotFound(call)).orElseThrow(() -> new IllegalStateException(
                "VTEX OMS has no Orders Feed for this app key (GET /api/orders/feed answered 404): configure it first;"
                        + " VTEX deletes a feed that received nothing for its whole retention period"));
        OrderFeedJson.Item[] items = OmsApi.JSON.read(reply.body(), OrderFeedJson.Item[].class, "feed items");
        return Arrays.stream(items).map(item -> new OrderEvent(item.orderId(), item.state(), item.handle())).collect(Collectors.toList());
    }

    /**
     * Sent again blindly when its answer is lost: a commit only acknowledges handles, so a second one acknowledges
     * the same ones again (VTEX documents nothing else it could do; assumed harmless), and a handle left uncommitted
     * only brings its order back after the visibility timeout, which the caller deduplicates.
     */
    @Override
    public void commit(Collection<String> handles) {
        if (!handles.isEmpty()) {
            OmsApi.PORT.run(() -> api.send(HttpCall.post("/api/orders/feed", OmsApi.JSON.write(new OrderFeedJson.Commit(List.copyOf(handles))))
                    .asIdempotent()));
        }
    }
}
