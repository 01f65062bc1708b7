package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.fixtures.InMemoryIntegrationLedger;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.integration.SendOnce;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.domain.settings.IntegrationSettings;
import com.trackingintegration.domain.settings.Routing;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static org.assertj.core.api.Assertions.assertThat;

class NativeOrderProcessorTest {

    private final IntegrationSettings external = new IntegrationSettings(false, false, Routing.EXTERNAL, Set.of());

    @Test
    void an_order_the_oms_would_not_give_is_rejected_with_the_oms_answer() {
        NativeOrderProcessor processor = new NativeOrderProcessor(external, new SendOnce(new InMemoryIntegrationLedger()), orderId -> java.util.List.of());

        OrderDecision decision = processor.process(Lookup.failed("1-01", "VTEX OMS GET /api/oms/pvt/orders/1-01: answered 404"));

        assertThat(decision.summary()).isEqualTo(Reason.UNREADABLE);
        assertThat(decision.verdicts().get(0).detail()).contains("answered 404");
    }

    @Test
    void a_data_error_in_one_order_is_that_orders_outcome_and_the_run_goes_on() {
        NativeOrderProcessor processor = new NativeOrderProcessor(external, new SendOnce(new InMemoryIntegrationLedger()), orderId -> {
            throw new IllegalArgumentException("route assignment: driver is required");
        });

        OrderDecision decision = processor.process(Lookup.found(anInvoicedOrder().build()));

        assertThat(decision.summary()).isEqualTo(Reason.INVALID_DATA);
        assertThat(decision.verdicts().get(0).detail()).isEqualTo("route assignment: driver is required");
    }
}
