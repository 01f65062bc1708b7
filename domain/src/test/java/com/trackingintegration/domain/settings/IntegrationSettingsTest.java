package com.trackingintegration.domain.settings;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntegrationSettingsTest {

    @Test
    void the_defaults_are_those_of_a_freshly_installed_app() {
        IntegrationSettings defaults = IntegrationSettings.defaults();

        assertThat(defaults.invoiceFileRequired()).isFalse();
        assertThat(defaults.statusUpdates()).isFalse();
        assertThat(defaults.routing()).isEqualTo(Routing.INTERNAL);
        assertThat(defaults.acceptsCourier("anyone")).isTrue();
    }

    @Test
    void carriers_match_whatever_their_case_and_spaces() {
        IntegrationSettings settings = new IntegrationSettings(false, false, Routing.INTERNAL, Set.of(" Motoboy "));

        assertThat(settings.acceptsCourier("MOTOBOY")).isTrue();
        assertThat(settings.acceptsCourier("PAC Correios")).isFalse();
        assertThat(settings.acceptsCourier(null)).isFalse();
    }

    @Test
    void a_blank_carrier_is_refused_with_its_position() {
        Set<String> carriers = new HashSet<>(Arrays.asList("Motoboy", " "));

        assertThatThrownBy(() -> new IntegrationSettings(false, false, Routing.INTERNAL, carriers))
                .hasMessageStartingWith("carriers: carrier").hasMessageContaining("is blank");
    }

    @Test
    void routing_is_required() {
        assertThatThrownBy(() -> new IntegrationSettings(false, false, null, Set.of())).hasMessageContaining("routing is required");
    }

    @Test
    void routing_reads_as_people_write_it_and_says_what_it_accepts() {
        assertThat(Routing.parse(" External ")).isEqualTo(Routing.EXTERNAL);
        assertThatThrownBy(() -> Routing.parse("outside")).hasMessage("routing must be one of internal or external, was 'outside'");
    }
}
