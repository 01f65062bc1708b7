package com.trackingintegration.domain.integration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"22250-040", "22250040", " 22.250-040 "})
    void a_cep_is_written_with_its_hyphen(String raw) {
        assertThat(PostalCode.normalize("postalCode", raw)).isEqualTo("22250-040");
    }

    @Test
    void a_code_longer_than_tracking_takes_says_so() {
        assertThatThrownBy(() -> PostalCode.normalize("postalCode", "22250-040-1"))
                .hasMessage("postalCode: '22250-040-1' is 11 characters long; VTEX Tracking accepts at most 9");
    }

    @Test
    void a_short_code_is_not_a_cep() {
        assertThatThrownBy(() -> PostalCode.normalize("postalCode", "2225-040"))
                .hasMessage("postalCode: '2225-040' is not a CEP of 8 digits");
    }
}
