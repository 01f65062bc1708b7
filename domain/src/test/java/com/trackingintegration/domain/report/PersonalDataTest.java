package com.trackingintegration.domain.report;

import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.ShippingAddress;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    private static final Customer ANA = new Customer("Ana", "Silva", "ana@example.com", "+5521999999999", DocumentType.CPF,
            "123.456.789-09", Optional.empty());
    private static final ShippingAddress HOME = new ShippingAddress("residential", "Ana Silva", "Rua Praia de Botafogo", "300",
            "", "Botafogo", "Rio de Janeiro", "RJ", "22250-040", "BRA", Optional.empty());

    @Test
    void a_value_shows_only_its_first_and_last_characters() {
        assertThat(PersonalData.mask("12345678909")).isEqualTo("1*********9");
        assertThat(PersonalData.mask("Al")).isEqualTo("**");
    }

    @Test
    void an_answer_quoting_the_customer_back_keeps_none_of_her_values_but_keeps_the_rest() {
        String answer = "{\"error\":\"invalid shipperCustomer\",\"firstName\":\"ANA\",\"lastName\":\"Silva\",\"cpf\":\"12345678909\","
                + "\"phone\":\"(21) 99999-9999\",\"receiver\":\"Ana Silva\",\"orderNumber\":\"1172452900788-01\",\"state\":\"RJ\"}";

        String masked = PersonalData.maskedIn(answer, PersonalData.of(ANA, HOME));

        assertThat(masked).doesNotContainIgnoringCase("ana").doesNotContain("Silva").doesNotContain("12345678909")
                .doesNotContain("99999-9999")
                .contains("\"cpf\":\"1*********9\"", "\"receiver\":\"A*******a\"", "1172452900788-01", "\"state\":\"RJ\"", "invalid shipperCustomer");
    }

    @Test
    void a_document_is_found_whatever_its_punctuation() {
        assertThat(PersonalData.maskedIn("CPF 123.456.789-09 and 12345678909", PersonalData.of(ANA, HOME)))
                .isEqualTo("CPF 1************9 and 1*********9");
    }

    @Test
    void any_e_mail_address_is_masked_even_one_the_request_did_not_carry() {
        assertThat(PersonalData.maskedIn("user 'bob@example.org' is invalid", List.of())).isEqualTo("user 'b*************g' is invalid");
    }

    @Test
    void short_values_and_missing_text_are_left_alone() {
        assertThat(PersonalData.maskedIn("state RJ is wrong", List.of("RJ", ""))).isEqualTo("state RJ is wrong");
        assertThat(PersonalData.maskedIn(null, List.of("Ana"))).isEmpty();
    }
}
