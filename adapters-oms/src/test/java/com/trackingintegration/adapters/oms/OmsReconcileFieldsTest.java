package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.OrderIntegration;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.integration.Verdict;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.Restitution;
import com.trackingintegration.domain.settings.IntegrationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Get order's {@code invoicedDate} and a return package's {@code restitutions}: read when they can be, never failing the order. */
class OmsReconcileFieldsTest {

    private final OmsOrderMapper mapper = new OmsOrderMapper();

    /** The first package: in the official example, a return (getOrder makes it a sale). */
    private static ObjectNode firstPackage(ObjectNode order) {
        return (ObjectNode) order.at("/packageAttachment/packages/0");
    }

    @Test
    void the_official_example_gives_its_invoiced_date_and_the_refund_of_its_return_invoice() {
        Order order = mapper.fromJson(OmsExamples.officialGetOrder().toString());

        assertThat(order.invoicedAt()).contains(Instant.parse("2024-02-09T10:17:40.5322681Z"));
        assertThat(order.invoices().get(0).restitutions()).containsExactly(new Restitution("7060874", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"refund", "REFUND"})
    void the_refund_is_read_however_the_key_is_spelled(String key) {
        ObjectNode example = OmsExamples.officialGetOrder();
        ObjectNode restitutions = (ObjectNode) firstPackage(example).get("restitutions");
        restitutions.set(key, restitutions.remove("Refund"));

        assertThat(mapper.fromJson(example.toString()).invoices().get(0).restitutions()).containsExactly(new Restitution("7060874", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"none\"", "[]", "{}", "{\"Refund\":null}", "{\"Refund\":\"x\"}", "{\"Refund\":{\"items\":null}}",
            "{\"Refund\":{\"items\":{\"id\":\"18\",\"quantity\":1}}}"})
    void restitutions_absent_null_or_malformed_are_none_and_the_order_is_read(String restitutions) {
        ObjectNode example = OmsExamples.officialGetOrder();
        firstPackage(example).set("restitutions", OmsExamples.JSON.readTree(restitutions));

        Order order = mapper.fromJson(example.toString());

        assertThat(order.invoices()).singleElement().satisfies(invoice -> assertThat(invoice.restitutions()).isEmpty());
    }

    @Test
    void a_refund_line_without_a_sku_or_a_whole_quantity_is_left_out() {
        ObjectNode example = OmsExamples.officialGetOrder();
        ArrayNode items = (ArrayNode) firstPackage(example).at("/restitutions/Refund/items");
        items.add(OmsExamples.JSON.readTree("{\"id\":null,\"quantity\":1}"));
        items.add(OmsExamples.JSON.readTree("{\"id\":\"18\",\"quantity\":\"two\"}"));
        items.add(OmsExamples.JSON.readTree("{\"id\":\"18\",\"quantity\":-1}"));
        items.add(OmsExamples.JSON.readTree("{\"id\":\"18\",\"quantity\":1.5}"));
        items.add(OmsExamples.JSON.readTree("{\"id\":\"18\"}"));
        items.add(OmsExamples.JSON.readTree("\"18\""));
        items.add(OmsExamples.JSON.readTree("{\"id\":18,\"quantity\":2}"));

        assertThat(mapper.fromJson(example.toString()).invoices().get(0).restitutions())
                .containsExactly(new Restitution("7060874", 1), new Restitution("18", 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-02-09T10:17:40", "2024-02-09", ""})
    void an_invoiced_date_that_cannot_be_read_is_unknown_and_the_order_is_read(String invoicedDate) {
        ObjectNode example = OmsExamples.officialGetOrder();
        example.put("invoicedDate", invoicedDate);

        assertThat(mapper.fromJson(example.toString()).invoicedAt()).isEmpty();
    }

    @Test
    void an_invoiced_date_null_or_absent_is_unknown() {
        ObjectNode example = OmsExamples.officialGetOrder();
        example.putNull("invoicedDate");
        assertThat(mapper.fromJson(example.toString()).invoicedAt()).isEmpty();

        example.remove("invoicedDate");
        assertThat(mapper.fromJson(example.toString()).invoicedAt()).isEmpty();
    }

    /** VTEX's example made a sale of SKU 18 with a second package: its return, refunded by SKU. */
    @Test
    void a_sale_invoice_refunded_in_full_by_a_return_package_is_skipped_as_returned() {
        ObjectNode example = OmsExamples.getOrder("1172452900788-01", "invoiced");
        firstPackage(example).remove("restitutions");
        ObjectNode refund = firstPackage(OmsExamples.officialGetOrder()).deepCopy();
        refund.put("invoiceNumber", "24383");
        refund.putArray("items");
        ((ObjectNode) refund.at("/restitutions/Refund/items/0")).put("id", "18");
        ((ArrayNode) example.at("/packageAttachment/packages")).add(refund);

        OrderDecision decision = new OrderIntegration(IntegrationSettings.defaults()).decide(mapper.fromJson(example.toString()), List.of());

        assertThat(decision.toSend()).isEmpty();
        assertThat(decision.verdicts()).extracting(Verdict::invoiceNumber, Verdict::reason, Verdict::detail)
                .containsExactly(tuple("24382", Reason.RETURNED, "returned by Input invoice(s) 24383"), tuple("24383", Reason.RETURN_INVOICE, ""));
    }
}
