package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.nativeimport.NativeOrderProcessor;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.domain.settings.IntegrationSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;
import static org.assertj.core.api.Assertions.assertThat;

/** An order the ledger holds for the window belongs to another window when the OMS says it was invoiced then. */
class ReconcileProcessorTest {

    private static final TimeWindow NOV_26 = new TimeWindow(Instant.parse("2026-11-26T00:00:00Z"), Instant.parse("2026-11-27T00:00:00Z"));
    private final ReconcileProcessor processor = new ReconcileProcessor(
            new NativeOrderProcessor(IntegrationSettings.defaults(), UnaryOperator.identity(), orderId -> List.of()), NOV_26);

    @Test
    void an_order_invoiced_inside_the_window_or_at_an_unknown_time_is_judged() {
        assertThat(processor.process(Lookup.found(invoicedAt(Optional.of(Instant.parse("2026-11-26T23:59:59Z")))))).isNotNull();
        assertThat(processor.process(Lookup.found(invoicedAt(Optional.of(NOV_26.from()))))).isNotNull();
        assertThat(processor.process(Lookup.found(invoicedAt(Optional.empty())))).as("no date: it may be this window's").isNotNull();
    }

    @Test
    void an_order_invoiced_before_or_at_the_end_of_the_window_is_left_to_its_own_window() {
        assertThat(processor.process(Lookup.found(invoicedAt(Optional.of(Instant.parse("2026-11-25T23:59:59Z")))))).isNull();
        assertThat(processor.process(Lookup.found(invoicedAt(Optional.of(NOV_26.to()))))).as("the window ends before its end").isNull();
    }

    private static Order invoicedAt(Optional<Instant> at) {
        Order order = anInvoicedOrder().withInvoice(anOutputInvoice("101")).build();
        return new Order(order.orderId(), order.status(), order.customer(), order.address(), order.deliveryChannels(), order.invoices(),
                order.items(), order.sender(), at);
    }
}
