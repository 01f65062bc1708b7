package com.trackingintegration.domain.integration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrazilianPhoneTest {

    @ParameterizedTest
    @CsvSource({
            "+5561992227222, 61, 992227222",
            "(21) 3333-4444, 21, 33334444",
            "021 99999 8888, 21, 999998888",
            "5511987654321, 11, 987654321",
            "11 98765-4321, 11, 987654321"})
    void splits_what_the_oms_and_erps_write_into_area_code_and_number(String raw, String areaCode, String number) {
        assertThat(BrazilianPhone.parse("phone", raw)).contains(new BrazilianPhone(areaCode, number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void no_phone_is_not_an_error(String raw) {
        assertThat(BrazilianPhone.parse("phone", raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "+1 415 555 0100", "0000000000", "call me", "(20) 3333-4444", "(21) 83333-4444"})
    void an_unusable_phone_names_the_field_and_masks_the_number(String raw) {
        assertThatThrownBy(() -> BrazilianPhone.parse("clientProfileData.phone", raw))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("clientProfileData.phone: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(raw));
    }
}
