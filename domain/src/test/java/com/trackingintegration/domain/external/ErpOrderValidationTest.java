package com.trackingintegration.domain.external;

import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.ShippingAddress;
import org.junit.jupiter.api.Test;

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
}
