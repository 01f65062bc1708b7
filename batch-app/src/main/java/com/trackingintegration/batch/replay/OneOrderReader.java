package com.trackingintegration.batch.replay;

import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.List;

/**
 * The one order a replay sends, read from the OMS as it is now. Read once: its state says so, saved with the chunk
 * that judged and sent it, so a restart after that chunk committed reads nothing again, and one after a crash before
 * it reads the order again (the writer's pending marks then keep it from being sent twice).
 */
final class OneOrderReader implements ItemStreamReader<Lookup> {

    private static final String READ = "replay.read";

    private final InvoicedOrders orders;
    private final String orderId;
    private boolean read;

    OneOrderReader(InvoicedOrders orders, String orderId) {
        this.orders = orders;
        this.orderId = orderId;
    }

    @Override
    public void open(ExecutionContext context) {
        read = context.containsKey(READ) && Boolean.parseBoolean(context.getString(READ));
    }

    /** A refusal of the OMS (an unknown order, say) is a Lookup too: the processor makes it this order's outcome. */
    @Override
    public Lookup read() {
        if (read) {
            return null;
        }
        read = true;
        return orders.orders(List.of(orderId)).get(0);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(READ, String.valueOf(read));
    }
}
