package com.trackingintegration.domain.external;

import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.OrderIntegration;
import com.trackingintegration.domain.settings.IntegrationSettings;
import com.trackingintegration.domain.settings.Routing;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.trackingintegration.domain.fixtures.ErpOrderBuilder.anErpOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExternalOrderTest {

    private final ExternalOrder order = new ExternalOrder("TRK", Optional.of("1"), anErpOrder().routed().build());

    @Test
    void the_oms_order_id_is_known_before_the_order_is_placed() {
        assertThat(order.omsOrderId()).isEqualTo("TRK-ERP-1001");
        assertThat(order.marketplaceOrderId()).isEqualTo("ERP-1001");
    }

    @Test
    void the_payment_value_is_items_plus_shipping_in_cents() {
        assertThat(order.erp().totalInCents()).isEqualTo(2 * 1990 + 1000);
    }

    @Test
    void the_invoice_notification_carries_number_value_and_items() {
        InvoiceNotification invoice = order.invoiceNotification();

        assertThat(invoice.invoiceNumber()).isEqualTo("123456");
        assertThat(invoice.valueInCents()).isEqualTo(4980);
        assertThat(invoice.items()).containsExactly(new InvoiceNotification.Item("1", 1990, 2));
    }

    @Test
    void once_invoiced_it_follows_the_native_path_with_its_route() {
        IntegrationSettings external = new IntegrationSettings(false, false, Routing.EXTERNAL, Set.of());

        OrderDecision decision = new OrderIntegration(external).decide(order.asInvoicedOrder(), List.of(order.routeAssignment().orElseThrow()));

        assertThat(decision.toSend()).singleElement().satisfies(request -> {
            assertThat(request.service().orderNumber()).isEqualTo("TRK-ERP-1001");
            assertThat(request.service().invoiceSeries()).contains("2");
            assertThat(request.route().orElseThrow().vehiclePlate()).contains("XPT-0123");
        });
    }

    @Test
    void an_invalid_erp_order_cannot_enter_the_fulfillment_flow() {
        assertThatThrownBy(() -> new ExternalOrder("TRK", Optional.empty(), anErpOrder().withId("").build()))
                .hasMessageContaining("erpOrderId");
        assertThatThrownBy(() -> new ExternalOrder("TRACKING", Optional.empty(), anErpOrder().build()))
                .hasMessageContaining("three letters");
    }
}
