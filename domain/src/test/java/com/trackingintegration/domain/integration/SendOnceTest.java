package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.fixtures.InMemoryIntegrationLedger;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.port.IntegrationLedger;
import com.trackingintegration.domain.settings.IntegrationSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.trackingintegration.domain.fixtures.OrderBuilder.address;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static org.assertj.core.api.Assertions.assertThat;

class SendOnceTest {

    private final OrderIntegration rules = new OrderIntegration(IntegrationSettings.defaults());
    private final InMemoryIntegrationLedger ledger = new InMemoryIntegrationLedger();
    private final SendOnce sendOnce = new SendOnce(ledger);

    private void sent(OrderDecision decision, boolean accepted) {
        for (DeliveryServiceRequest request : decision.toSend()) {
            ledger.record(List.of(new IntegrationLedger.Entry(request.service().id(), request.fingerprint(), accepted, "")));
        }
    }

    @Test
    void an_unchanged_invoice_already_sent_is_not_sent_again() {
        Order order = anInvoicedOrder().build();
        sent(rules.decide(order, List.of()), true);

        OrderDecision again = sendOnce.apply(rules.decide(order, List.of()));

        assertThat(again.toSend()).isEmpty();
        assertThat(again.summary()).isEqualTo(Reason.ALREADY_SENT);
    }

    @Test
    void a_changed_invoice_is_sent_again() {
        sent(rules.decide(anInvoicedOrder().build(), List.of()), true);
        Order moved = anInvoicedOrder().withAddress(address("Rua Nova", "1", "22630-011", "RJ")).build();

        assertThat(sendOnce.apply(rules.decide(moved, List.of())).toSend()).hasSize(1);
    }

    @Test
    void an_invoice_tracking_refused_is_tried_again() {
        Order order = anInvoicedOrder().build();
        sent(rules.decide(order, List.of()), false);

        assertThat(sendOnce.apply(rules.decide(order, List.of())).toSend()).hasSize(1);
    }

    @Test
    void verdicts_without_a_request_pass_through() {
        OrderDecision skipped = rules.decide(anInvoicedOrder().withStatus("handling").build(), List.of());

        assertThat(sendOnce.apply(skipped)).isEqualTo(skipped);
    }
}
