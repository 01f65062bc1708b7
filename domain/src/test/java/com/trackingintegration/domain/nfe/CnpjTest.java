package com.trackingintegration.domain.nfe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CnpjTest {

    /** Valid CNPJs: the Receita Federal's usual example, and those of tracking.json's examples that are valid. */
    @ParameterizedTest
    @ValueSource(strings = {"11222333000181", "05314972000174", "20212790000186", "55912377000109", "98269947000105",
            "57972034000165", "12345678000195"})
    void a_cnpj_with_the_right_check_digits_is_accepted(String digits) {
        assertThat(Cnpj.parse(digits).digits()).isEqualTo(digits);
    }

    @Test
    void a_cnpj_is_read_with_or_without_its_punctuation_and_compared_on_digits() {
        assertThat(Cnpj.parse("11.222.333/0001-81")).isEqualTo(Cnpj.parse("11222333000181"));
        assertThat(Cnpj.parse(" 11 222 333 0001 81 ")).isEqualTo(new Cnpj("11222333000181"));
    }

    /** A check digit at 0 because the remainder was below 2: the branch of the rule easiest to get wrong. */
    @Test
    void a_check_digit_of_zero_from_a_small_remainder_is_accepted() {
        assertThat(Cnpj.parse("00.063.960/0015-04").digits()).isEqualTo("00063960001504");
        assertThat(Cnpj.parse("55.912.377/0001-09").digits()).endsWith("09");
    }

    /** 11222333000190: a wrong first check digit, and a second one right for it: each digit is checked on its own. */
    @ParameterizedTest
    @ValueSource(strings = {"11222333000190", "11222333000182", "11222333000191", "98765432000100", "12345678000159"})
    void a_wrong_check_digit_is_refused_without_echoing_the_number(String digits) {
        assertThatThrownBy(() -> Cnpj.parse(digits))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digits")
                .hasMessageNotContaining(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000000000", "11111111111111", "99.999.999/9999-99"})
    void fourteen_equal_digits_are_refused(String text) {
        assertThatThrownBy(() -> Cnpj.parse(text)).hasMessage("a CNPJ is never 14 equal digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1122233300018", "112223330001811", "11.222.333/0001-8X", "11,222,333/0001-81"})
    void anything_but_fourteen_digits_is_refused_naming_the_problem(String text) {
        assertThatThrownBy(() -> Cnpj.parse(text))
                .hasMessageStartingWith("a CNPJ has 14 digits")
                .hasMessageNotContaining("1122233300018");
    }

    @Test
    void no_cnpj_at_all_is_refused() {
        assertThatThrownBy(() -> Cnpj.parse(null)).hasMessageStartingWith("a CNPJ has 14 digits");
        assertThatThrownBy(() -> new Cnpj(null)).hasMessageStartingWith("a CNPJ has 14 digits");
    }
}
