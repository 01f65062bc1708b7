package com.trackingintegration.domain.status;

import com.trackingintegration.domain.settings.IntegrationSettings;
import com.trackingintegration.domain.settings.Routing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StatusUpdatesTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-21T15:30:00-03:00");
    private final StatusUpdates enabled = new StatusUpdates(new IntegrationSettings(false, true, Routing.INTERNAL, Set.of()));

    private static ServiceStatus status(TrackingStatus status, String reason) {
        return new ServiceStatus("777", "1172452900788-01", "24382", status, AT, "Rio de Janeiro", "RJ",
                "https://tracking.example/777", reason);
    }

    @Test
    void nothing_is_sent_when_the_merchant_did_not_ask_for_status_updates() {
        StatusUpdates disabled = new StatusUpdates(IntegrationSettings.defaults());

        assertThat(disabled.updateFor(status(TrackingStatus.REALIZADO, ""))).isEmpty();
    }

    @Test
    void an_active_service_has_nothing_to_tell() {
        assertThat(enabled.updateFor(status(TrackingStatus.ATIVO, ""))).isEmpty();
    }

    @Test
    void a_delivered_service_marks_the_invoice_delivered_with_its_date() {
        OmsTrackingUpdate update = enabled.updateFor(status(TrackingStatus.REALIZADO, "")).orElseThrow();

        assertThat(update.delivered()).isTrue();
        assertThat(update.deliveredAt()).contains(AT);
        assertThat(update.trackingNumber()).isEqualTo("777");
        assertThat(update.trackingUrl()).isEqualTo("https://tracking.example/777");
        assertThat(update.events()).singleElement().satisfies(e -> {
            assertThat(e.description()).isEqualTo("Entrega realizada");
            assertThat(e.date()).isEqualTo(AT.toLocalDate());
            assertThat(e.city()).isEqualTo("Rio de Janeiro");
        });
    }

    @ParameterizedTest
    @CsvSource({"ROTEIRIZADO, Entrega roteirizada", "EM_ANDAMENTO, Saiu para entrega"})
    void a_service_on_its_way_sends_an_event_and_is_not_delivered(TrackingStatus status, String description) {
        OmsTrackingUpdate update = enabled.updateFor(status(status, "")).orElseThrow();

        assertThat(update.delivered()).isFalse();
        assertThat(update.deliveredAt()).isEmpty();
        assertThat(update.events()).extracting(TrackingEvent::description).containsExactly(description);
    }

    @Test
    void a_failed_delivery_says_why() {
        OmsTrackingUpdate update = enabled.updateFor(status(TrackingStatus.NAO_REALIZADO, "Cliente ausente")).orElseThrow();

        assertThat(update.delivered()).isFalse();
        assertThat(update.events()).extracting(TrackingEvent::description).containsExactly("Entrega não realizada: Cliente ausente");
    }

    @Test
    void the_same_status_of_the_same_invoice_is_the_same_change() {
        assertThat(status(TrackingStatus.EM_ANDAMENTO, "").changeKey()).isEqualTo(status(TrackingStatus.EM_ANDAMENTO, "x").changeKey());
        assertThat(status(TrackingStatus.EM_ANDAMENTO, "").changeKey()).isNotEqualTo(status(TrackingStatus.REALIZADO, "").changeKey());
    }

    @Test
    void tracking_statuses_are_read_as_the_api_and_the_admin_write_them() {
        assertThat(TrackingStatus.parse("EmAndamento")).contains(TrackingStatus.EM_ANDAMENTO);
        assertThat(TrackingStatus.parse("em andamento")).contains(TrackingStatus.EM_ANDAMENTO);
        assertThat(TrackingStatus.parse("Não Realizado")).contains(TrackingStatus.NAO_REALIZADO);
        assertThat(TrackingStatus.parse("ROTEIRIZADO")).contains(TrackingStatus.ROTEIRIZADO);
        assertThat(TrackingStatus.parse("Pausado")).isEmpty();
        assertThat(TrackingStatus.parse(null)).isEmpty();
    }

    @Test
    void a_long_description_is_cut_to_what_the_oms_takes() {
        TrackingEvent event = new TrackingEvent("", "", "x".repeat(6000), AT.toLocalDate());

        assertThat(event.description()).hasSize(TrackingEvent.MAX_DESCRIPTION);
    }
}
