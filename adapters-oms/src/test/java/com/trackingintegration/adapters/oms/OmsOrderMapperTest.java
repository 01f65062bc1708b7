package com.trackingintegration.adapters.oms;

import com.trackingintegration.http.VtexContracts;
import com.trackingintegration.domain.delivery.DeliveryServiceFields;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.OrderIntegration;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.nfe.NfeReading;
import com.trackingintegration.domain.order.DeliveryChannel;
import com.trackingintegration.domain.order.DeliveryWindow;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.InvoiceItem;
import com.trackingintegration.domain.order.InvoiceType;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.OrderItem;
import com.trackingintegration.domain.settings.IntegrationSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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

    /**
     * Every field of issue 13 on VTEX's own example, made a scheduled sale: what the route and the driver get. The
     * example's embedded "invoice" is not an NF-e and its key is a SAT CF-e key, so no CNPJ comes from either.
     */
    @Test
    void the_official_example_as_a_scheduled_sale_carries_its_packing_list_sender_schedule_and_ids() throws IOException {
        ObjectNode example = officialGetOrderExample();
        example.put("status", "invoiced");
        ((ObjectNode) example.at("/packageAttachment/packages/0")).put("type", "Output");
        ObjectNode window = ((ObjectNode) example.at("/shippingData/logisticsInfo/0")).putObject("deliveryWindow");
        window.put("startDateUtc", "2024-02-10T15:00:00+00:00").put("endDateUtc", "2024-02-10T18:00:00+00:00");

        OrderDecision decision = rules.decide(mapper.fromJson(example.toString()), List.of());

        Map<String, Object> fields = DeliveryServiceFields.of(decision.toSend().get(0).service());
        assertThat(fields).containsEntry("idExternal", "1172452900788-01/24382")
                .containsEntry("packingList", "1 x BIGBML")
                .containsEntry("description", "1 x Bay Max L (ref BIGBML); volumes: 1")
                .containsEntry("sender", "Lux Store")
                .containsEntry("packingListDateTime", "2024-02-09T07:10:20.5322681-03:00")
                .containsEntry("deliveryServiceScheduling", Map.of("shipperCustomerSchedulingDateTime", "2024-02-10T12:00:00-03:00",
                        "morningPeriod", false, "afternoonPeriod", true, "nightPeriod", false))
                .doesNotContainKeys("cnpjbranch", "cnpjcarrier", "integrationDateTime");
        assertThat(decision.verdicts().get(0).detail()).isEqualTo("scheduled 2024-02-10 afternoon");
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
    void the_official_example_gives_its_items_sender_and_invoice_lines() throws IOException {
        Order order = mapper.fromJson(officialGetOrderExample().toString());

        assertThat(order.items()).containsExactly(new OrderItem(0, "18", "BIGBML", "Bay Max L", 1, Optional.empty()));
        assertThat(order.sender()).as("sellers[0].name").isEqualTo("Lux Store");
        assertThat(order.invoices().get(0).items()).containsExactly(new InvoiceItem(0, 1));
        assertThat(order.invoices().get(0).nfe()).as("read by the adapter, not the mapper").isEqualTo(NfeReading.NOT_CARRIED);
    }

    @Test
    void without_a_seller_name_the_sender_is_the_merchant() throws IOException {
        ObjectNode example = officialGetOrderExample();
        ((ObjectNode) example.at("/sellers/0")).putNull("name");

        assertThat(mapper.fromJson(example.toString()).sender()).isEqualTo("luxstore");
        example.putArray("sellers");
        assertThat(mapper.fromJson(example.toString()).sender()).isEqualTo("luxstore");
    }

    @Test
    void each_item_takes_the_delivery_window_of_its_logistics_entry() {
        Order order = mapper.fromJson("{\"orderId\":\"2-01\",\"items\":[{\"id\":\"1\",\"refId\":\"A\",\"name\":\"Sofa\",\"quantity\":1},"
                + "{\"id\":\"7060874\",\"refId\":null,\"name\":\"Lamp\",\"quantity\":2}],"
                + "\"shippingData\":{\"logisticsInfo\":[{\"itemIndex\":1,\"deliveryWindow\":null},"
                + "{\"itemIndex\":0,\"deliveryWindow\":{\"startDateUtc\":\"2026-11-28T12:00:00+00:00\",\"endDateUtc\":\"2026-11-28T15:00:00+00:00\",\"price\":0}}]}}");

        assertThat(order.items()).extracting(OrderItem::index, OrderItem::reference, OrderItem::quantity)
                .containsExactly(tuple(0, "A", 1), tuple(1, "7060874", 2));
        assertThat(order.items().get(0).window()).contains(new DeliveryWindow(OffsetDateTime.parse("2026-11-28T12:00:00Z"),
                OffsetDateTime.parse("2026-11-28T15:00:00Z")));
        assertThat(order.items().get(1).window()).isEmpty();
    }

    @Test
    void a_delivery_window_typed_as_the_schema_says_a_string_is_no_window() {
        Order order = mapper.fromJson("{\"orderId\":\"3-01\",\"items\":[{\"id\":\"1\",\"quantity\":1}],"
                + "\"shippingData\":{\"logisticsInfo\":[{\"itemIndex\":0,\"deliveryWindow\":\"2026-11-28\"}]}}");

        assertThat(order.items().get(0).window()).isEmpty();
    }

    @Test
    void a_broken_delivery_window_names_the_order_the_item_and_the_field() {
        assertThatThrownBy(() -> mapper.fromJson("{\"orderId\":\"4-01\",\"items\":[{\"id\":\"1\",\"quantity\":1}],"
                + "\"shippingData\":{\"logisticsInfo\":[{\"itemIndex\":0,\"deliveryWindow\":{\"startDateUtc\":\"tomorrow\",\"endDateUtc\":null}}]}}"))
                .hasMessage("order 4-01, logisticsInfo of item 0: deliveryWindow 'tomorrow' to '' is not two ISO-8601 date-times");
    }

    @Test
    void the_embedded_invoice_text_stays_beside_the_order_for_the_nfe_reading() throws IOException {
        ObjectNode example = officialGetOrderExample();

        OmsOrder read = mapper.read(example.toString());

        assertThat(read.embeddedInvoiceOf(0)).startsWith("<?xml version= 1.0");
        assertThat(read.invoice(0).embeddedInvoice()).isTrue();
    }

    @Test
    void a_body_that_is_not_an_order_is_a_clear_error() {
        assertThatThrownBy(() -> mapper.fromJson("[]")).hasMessageStartingWith("Get order answered JSON that is not an order");
        assertThatThrownBy(() -> mapper.fromJson("{}")).hasMessage("Get order answered without an orderId");
    }

    /** Not served through WireMock: a body that is not JSON breaks orders-api.json, which every stubbed answer follows. */
    @Test
    void an_order_that_is_not_json_is_refused_without_the_text_the_parser_quotes_from_it() {
        assertThatThrownBy(() -> mapper.read("{\"orderId\":\"1-01\",\"clientProfileData\":{\"firstName\":Ana}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Get order answered JSON that is not an order: ")
                .hasMessageContaining("'…'").hasMessageNotContaining("Ana");
    }
}
