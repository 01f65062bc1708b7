package com.trackingintegration.domain.order;

import com.trackingintegration.domain.nfe.Cnpj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NfeAccessKeyTest {

    /** State 35, issued 2020-11, CNPJ 00.063.960/0015-04, model 55, series 002, number 000024382... */
    private static final String NFE_KEY = "35201100063960001504550020000243821333214542";
    /** The same layout, model 65 (NFC-e), issuer 11.222.333/0001-81, series 001. */
    private static final String NFCE_KEY = "35201111222333000181650010000000011000000017";

    @Test
    void the_issuer_of_an_nfe_is_digits_7_to_20_of_its_key() {
        assertThat(NfeAccessKey.issuerOf(NFE_KEY)).contains(Cnpj.parse("00.063.960/0015-04"));
    }

    @Test
    void the_issuer_of_an_nfce_is_read_the_same_way() {
        assertThat(NfeAccessKey.issuerOf(NFCE_KEY)).contains(Cnpj.parse("11.222.333/0001-81"));
        assertThat(NfeAccessKey.seriesOf(NFCE_KEY)).contains("1");
    }

    @Test
    void the_series_is_digits_23_to_25_without_leading_zeros() {
        assertThat(NfeAccessKey.seriesOf(NFE_KEY)).contains("2");
    }

    /** Model 57 is a CT-e (a transport document): its digits 7 to 20 are the carrier's, not an NF-e issuer's. */
    @Test
    void a_key_of_another_model_names_no_issuer() {
        String cte = NFE_KEY.substring(0, 20) + "57" + NFE_KEY.substring(22);

        assertThat(NfeAccessKey.issuerOf(cte)).isEmpty();
        assertThat(NfeAccessKey.seriesOf(cte)).isEmpty();
    }

    @Test
    void digits_7_to_20_that_are_no_valid_cnpj_name_no_issuer() {
        String wrongCheckDigits = NFE_KEY.substring(0, 18) + "99" + NFE_KEY.substring(20);

        assertThat(NfeAccessKey.issuerOf(wrongCheckDigits)).isEmpty();
        assertThat(NfeAccessKey.seriesOf(wrongCheckDigits)).contains("2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3520110006396000150455002000024382133321454", "352011000639600015045500200002438213332145420",
            "CFe35201100063960001504590006629690333214542150", "3520 1100 0639 6000 1504 5500 2000 0243 8213 3321 4542"})
    void what_is_not_a_44_digit_key_names_no_issuer(String key) {
        assertThat(NfeAccessKey.issuerOf(key)).isEmpty();
        assertThat(NfeAccessKey.issuerOf(null)).isEmpty();
    }
}
