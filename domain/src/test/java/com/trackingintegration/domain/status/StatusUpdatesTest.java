package com.trackingintegration.domain.status;

import com.trackingintegration.domain.settings.IntegrationSettings;
import com.trackingintegration.domain.settings.Routing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class StatusUpdatesTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-21T15:30:00-03:00");
    private final StatusUpdates enabled = new StatusUpdates(new IntegrationSettings(false, true, Routing.INTERNAL, Set.of()));

    private static ServiceStatus status(TrackingStatus status, String reason) {
        return status(status, reason, AT);
    }

    private static ServiceStatus status(TrackingStatus status, String reason, OffsetDateTime at) {
        return new ServiceStatus("777", "1172452900788-01", "24382", status, at, "Rio de Janeiro", "RJ",
                "https://tracking.example/777", reason);
    }

    /** The update for a status, with the statuses the OMS accepted before it for the same invoice. */
    private OmsTrackingUpdate updateFor(ServiceStatus status, ServiceStatus... accepted) {
        List<ReportedStatus> earlier = Stream.of(accepted).map(s -> enabled.reported(s).orElseThrow()).toList();
        return enabled.updateFor(status, InvoiceTimeline.of(earlier, enabled.reported(status).orElseThrow()));
    }

    @Test
    void nothing_is_sent_when_the_merchant_did_not_ask_for_status_updates() {
        StatusUpdates disabled = new StatusUpdates(IntegrationSettings.defaults());

        assertThat(disabled.reported(status(TrackingStatus.REALIZADO, ""))).isEmpty();
    }

    @Test
    void an_active_service_has_nothing_to_tell() {
        assertThat(enabled.reported(status(TrackingStatus.ATIVO, ""))).isEmpty();
    }

    @Test
    void a_delivered_service_marks_the_invoice_delivered_with_its_date() {
        OmsTrackingUpdate update = updateFor(status(TrackingStatus.REALIZADO, ""));

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
        OmsTrackingUpdate update = updateFor(status(status, ""));

        assertThat(update.delivered()).isFalse();
        assertThat(update.deliveredAt()).isEmpty();
        assertThat(update.events()).extracting(TrackingEvent::description).containsExactly(description);
    }

    @Test
    void a_failed_delivery_says_why() {
        OmsTrackingUpdate update = updateFor(status(TrackingStatus.NAO_REALIZADO, "Cliente ausente"));

        assertThat(update.delivered()).isFalse();
        assertThat(update.events()).extracting(TrackingEvent::description).containsExactly("Entrega não realizada: Cliente ausente");
    }

    @Test
    void the_oms_is_sent_the_whole_timeline_oldest_first_with_the_first_status_as_the_dispatch() {
        OffsetDateTime routed = AT.minusDays(1);
        OffsetDateTime onItsWay = AT.minusHours(3);

        OmsTrackingUpdate update = updateFor(status(TrackingStatus.REALIZADO, "", AT),
                status(TrackingStatus.EM_ANDAMENTO, "", onItsWay), status(TrackingStatus.ROTEIRIZADO, "", routed));

        assertThat(update.events()).extracting(TrackingEvent::description)
                .containsExactly("Entrega roteirizada", "Saiu para entrega", "Entrega realizada");
        assertThat(update.events()).extracting(TrackingEvent::date).containsExactly(routed.toLocalDate(), AT.toLocalDate(), AT.toLocalDate());
        assertThat(update.dispatchedAt()).isEqualTo(routed);
        assertThat(update.deliveredAt()).contains(AT);
    }

    @Test
    void a_delivery_reported_before_a_later_status_leaves_the_invoice_delivered() {
        OmsTrackingUpdate update = updateFor(status(TrackingStatus.NAO_REALIZADO, "Cliente ausente", AT.plusHours(1)),
                status(TrackingStatus.REALIZADO, "", AT));

        assertThat(update.delivered()).isTrue();
        assertThat(update.deliveredAt()).contains(AT);
        assertThat(update.events()).hasSize(2);
    }

    @Test
    void a_status_reported_again_replaces_its_earlier_report_in_the_timeline() {
        ReportedStatus first = enabled.reported(status(TrackingStatus.NAO_REALIZADO, "Cliente ausente", AT)).orElseThrow();
        ReportedStatus again = enabled.reported(status(TrackingStatus.NAO_REALIZADO, "Endereço não encontrado", AT.plusDays(1))).orElseThrow();

        assertThat(InvoiceTimeline.of(List.of(first), again).events()).extracting(TrackingEvent::description)
                .containsExactly("Entrega não realizada: Endereço não encontrado");
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
