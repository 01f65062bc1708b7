package com.trackingintegration.domain.external;

import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.ShippingAddress;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Optional;

import static com.trackingintegration.domain.fixtures.ErpOrderBuilder.anErpOrder;
import static org.assertj.core.api.Assertions.assertThat;

class ErpOrderValidationTest {

    @Test
    void the_documented_example_order_is_valid() {
        assertThat(ErpOrderValidation.problemsOf(anErpOrder().build())).isEmpty();
        assertThat(ErpOrderValidation.problemsOf(anErpOrder().routed().build())).isEmpty();
    }

    @Test
    void every_problem_of_a_line_is_reported_not_only_the_first() {
        ShippingAddress noStreet = new ShippingAddress("residential", "Ana", "", "300", "", "Botafogo", "Rio", "Rio de Janeiro",
                "2225", "BRA", Optional.empty());

        assertThat(ErpOrderValidation.problemsOf(anErpOrder().withId("ERP 1001/2").withAddress(noStreet)
                .withItems(new ErpOrder.Item("", 0, 100)).build()))
                .extracting(FieldProblem::field)
                .containsExactly("erpOrderId", "address.street", "address.state", "address.postalCode", "items[0].sku", "items[0].quantity");
    }

    @Test
    void a_company_needs_a_cnpj_and_its_name() {
        Customer company = new Customer("", "", "compras@acme.com.br", "", DocumentType.CNPJ, "123", Optional.empty());

        assertThat(ErpOrderValidation.problemsOf(anErpOrder().withCustomer(company).build()))
                .extracting(FieldProblem::toString)
                .containsExactly("customer.document: a CNPJ has 14 digits", "customer.companyName: required with a cnpj");
    }

    @Test
    void an_order_without_invoice_is_not_imported() {
        assertThat(ErpOrderValidation.problemsOf(anErpOrder().withInvoice(null).build()))
                .extracting(FieldProblem::field).containsExactly("invoice");
    }

    @Test
    void an_invoice_without_value_or_date_is_refused() {
        ErpOrder.ErpInvoice invoice = new ErpOrder.ErpInvoice("1", "1234", "", Optional.empty(), 0, "", "");

        assertThat(ErpOrderValidation.problemsOf(anErpOrder().withInvoice(invoice).build()))
                .extracting(FieldProblem::field).containsExactly("invoice.series", "invoice.issuedAt", "invoice.value");
    }

    @Test
    void an_erp_id_of_100_characters_is_valid_and_its_oms_id_has_104() {
        ErpOrder longest = anErpOrder().withId("E".repeat(ErpField.ERP_ORDER_ID.maxLength())).build();

        assertThat(ErpOrderValidation.problemsOf(longest)).isEmpty();
        assertThat(new ExternalOrder("TRK", Optional.empty(), longest).omsOrderId()).hasSize(ErpField.omsOrderIdMaxLength()).hasSize(104);
    }

    @Test
    void an_erp_id_longer_than_100_characters_is_refused_by_its_length() {
        assertThat(ErpOrderValidation.problemsOf(anErpOrder().withId("E".repeat(101)).build()))
                .extracting(FieldProblem::toString)
                .containsExactly("erpOrderId: must be 1 to 100 letters, digits, '.', '_' or '-', was 101 characters long");
    }

    @Test
    void an_invoice_number_of_50_characters_is_valid_and_a_longer_one_is_refused() {
        ErpOrder.ErpInvoice longest = new ErpOrder.ErpInvoice("9".repeat(50), "2", "", Optional.of(OffsetDateTime.parse("2026-11-20T11:00:00Z")), 4980, "", "");
        ErpOrder.ErpInvoice tooLong = new ErpOrder.ErpInvoice("9".repeat(150), "2", "", longest.issuedAt(), 4980, "", "");

        assertThat(ErpOrderValidation.problemsOf(anErpOrder().withInvoice(longest).build())).isEmpty();
        assertThat(ErpOrderValidation.problemsOf(anErpOrder().withInvoice(tooLong).build()))
                .extracting(FieldProblem::toString).containsExactly("invoice.number: at most 50 characters, was 150");
    }

    @Test
    void an_address_or_route_longer_than_vtex_tracking_takes_is_refused_when_read_not_after_the_order_was_placed() {
        ShippingAddress longStreet = new ShippingAddress("residential", "Ana Silva", "R".repeat(151), "300", "", "Botafogo",
                "Rio de Janeiro", "RJ", "22250-040", "BRA", Optional.empty());

        assertThat(ErpOrderValidation.problemsOf(anErpOrder().withAddress(longStreet).build()))
                .extracting(FieldProblem::toString).containsExactly("address.street: at most 150 characters, was 151");
    }
}
