package com.trackingintegration.adapters.oms;

import com.trackingintegration.http.VtexContracts;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.OrderIntegration;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.order.DeliveryChannel;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.InvoiceType;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.settings.IntegrationSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OmsOrderMapperTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final OmsOrderMapper mapper = new OmsOrderMapper();
    private final OrderIntegration rules = new OrderIntegration(IntegrationSettings.defaults());

    /** The example of the 200 response of Get order in VTEX's orders-api.json, untouched. */
    private static ObjectNode officialGetOrderExample() throws IOException {
        JsonNode spec = JSON.readTree(Files.readString(VtexContracts.spec(VtexContracts.ORDERS_API)));
        return (ObjectNode) spec.at("/paths/~1api~1oms~1pvt~1orders~1{orderId}/get/responses/200/content/application~1json/example");
    }

    @Test
    void the_official_get_order_example_maps_without_error() throws IOException {
        Order order = mapper.fromJson(officialGetOrderExample().toString());

        assertThat(order.orderId()).isEqualTo("1172452900788-01");
        assertThat(order.status().code()).isEqualTo("handling");
        assertThat(order.customer().documentType()).isEqualTo(DocumentType.CPF);
        assertThat(order.address()).hasValueSatisfying(address -> {
            assertThat(address.postalCode()).isEqualTo("22630-011");
            assertThat(address.location()).hasValueSatisfying(p -> assertThat(p.latitude()).isEqualTo(-23.0105873));
        });
        assertThat(order.deliveryChannels()).containsExactly(DeliveryChannel.DELIVERY);
        assertThat(order.invoices()).singleElement().satisfies(invoice -> {
            assertThat(invoice.number()).isEqualTo("24382");
            assertThat(invoice.type()).isEqualTo(InvoiceType.INPUT);
            assertThat(invoice.embeddedInvoice()).isTrue();
            assertThat(invoice.valueInCents()).isEqualTo(1015);
        });
    }

    @Test
    void the_official_example_is_not_a_delivery_it_is_not_invoiced_and_its_only_invoice_is_a_return() throws IOException {
        ObjectNode example = officialGetOrderExample();
        assertThat(rules.decide(mapper.fromJson(example.toString()), List.of()).summary()).isEqualTo(Reason.NOT_INVOICED);

        example.put("status", "invoiced");
        OrderDecision invoiced = rules.decide(mapper.fromJson(example.toString()), List.of());

        assertThat(invoiced.toSend()).isEmpty();
        assertThat(invoiced.summary()).isEqualTo(Reason.RETURN_INVOICE);
    }

    @Test
    void the_same_order_with_a_sale_invoice_becomes_one_delivery_service() throws IOException {
        ObjectNode example = officialGetOrderExample();
        example.put("status", "invoiced");
        ((ObjectNode) example.at("/packageAttachment/packages/0")).put("type", "Output");

        OrderDecision decision = rules.decide(mapper.fromJson(example.toString()), List.of());

        assertThat(decision.toSend()).singleElement().satisfies(request -> {
            assertThat(request.service().invoiceNumber()).isEqualTo("24382");
            assertThat(request.service().recipient().addressStreet()).isEqualTo("Avenida Lúcio Costa");
            assertThat(request.service().recipient().phoneAreaCode()).isEqualTo("61");
        });
    }

    @Test
    void nulls_where_vtex_sends_them_are_tolerated() {
        Order order = mapper.fromJson("{\"orderId\":\"1-01\",\"status\":null,\"clientProfileData\":null,"
                + "\"shippingData\":{\"address\":null,\"logisticsInfo\":[{\"selectedSla\":\"Retirada\",\"slas\":"
                + "[{\"id\":\"Retirada\",\"deliveryChannel\":\"pickup-in-point\"}]}]},"
                + "\"packageAttachment\":{\"packages\":[{\"invoiceNumber\":\"1\",\"type\":\"Output\",\"invoiceValue\":null,"
                + "\"issuanceDate\":null,\"unknownField\":true}]},\"somethingNew\":{}}");

        assertThat(order.address()).isEmpty();
        assertThat(order.isPickupOnly()).isTrue();
        assertThat(order.invoices()).extracting(Invoice::valueInCents).containsExactly(0L);
    }

    @Test
    void a_broken_date_names_the_order_and_the_invoice() {
        assertThatThrownBy(() -> mapper.fromJson("{\"orderId\":\"1-01\",\"packageAttachment\":{\"packages\":"
                + "[{\"invoiceNumber\":\"77\",\"type\":\"Output\",\"issuanceDate\":\"yesterday\"}]}}"))
                .hasMessage("order 1-01, invoice 77: issuanceDate 'yesterday' is not an ISO-8601 date-time");
    }

    @Test
    void a_body_that_is_not_an_order_is_a_clear_error() {
        assertThatThrownBy(() -> mapper.fromJson("[]")).hasMessageStartingWith("Get order answered JSON that is not an order");
        assertThatThrownBy(() -> mapper.fromJson("{}")).hasMessage("Get order answered without an orderId");
    }
}
