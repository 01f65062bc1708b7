package com.trackingintegration.batch.config;

import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.settings.IntegrationSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code integration.issuer-cnpjs} and {@code integration.carrier-cnpjs}, bound as Spring Boot binds them (a comma
 * list, as typed on the command line or in the environment) and turned into the domain's CNPJ filters.
 */
class SettingsCnpjsTest {

    private static final String MATRIZ = "11.222.333/0001-81";
    private static final String FILIAL = "05314972000174";

    private static IntegrationSettings settingsOf(Map<String, String> properties) {
        Binder binder = new Binder(new MapConfigurationPropertySource(properties));
        IntegrationProperties integration = binder.bindOrCreate("integration", IntegrationProperties.class);
        VtexProperties vtex = binder.bindOrCreate("vtex", VtexProperties.class);
        return new Settings(integration, vtex, com.trackingintegration.calls.CallObserver.NONE).integrationSettings();
    }

    @Test
    void cnpjs_are_read_with_or_without_punctuation_and_held_as_digits() {
        IntegrationSettings settings = settingsOf(Map.of(
                "integration.issuer-cnpjs", MATRIZ + ", " + FILIAL,
                "integration.carrier-cnpjs", "05.314.972/0001-74"));

        assertThat(settings.issuers()).containsExactlyInAnyOrder(new Cnpj("11222333000181"), new Cnpj("05314972000174"));
        assertThat(settings.carrierCnpjs()).containsExactly(new Cnpj("05314972000174"));
    }

    @Test
    void no_cnpjs_set_means_no_filter_and_a_trailing_comma_is_no_cnpj() {
        assertThat(settingsOf(Map.of()).issuers()).isEmpty();
        assertThat(settingsOf(Map.of()).carrierCnpjs()).isEmpty();
        assertThat(settingsOf(Map.of("integration.issuer-cnpjs", FILIAL + ",")).issuers()).containsExactly(new Cnpj(FILIAL));
    }

    @Test
    void a_malformed_cnpj_is_refused_in_one_line_naming_the_property_and_its_place_in_the_list() {
        assertThatThrownBy(() -> settingsOf(Map.of("integration.issuer-cnpjs", MATRIZ + ",12.345.678/0001," + FILIAL)))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("integration.issuer-cnpjs: value 2 of 3 ('12.345.678/0001') is not a CNPJ: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /** Red until the domain's Cnpj checks its check digits (issue 13, the domain branch): then green. */
    @Test
    void a_cnpj_with_a_wrong_check_digit_is_refused_naming_the_property_and_its_place() {
        assertThatThrownBy(() -> settingsOf(Map.of("integration.carrier-cnpjs", FILIAL + ",11.222.333/0001-82")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("integration.carrier-cnpjs: value 2 of 2 ('11.222.333/0001-82') is not a CNPJ: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
