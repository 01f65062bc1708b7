package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.status.OmsTrackingUpdate;
import com.trackingintegration.domain.status.TrackingEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class VtexOmsTrackingUpdatesTest extends OmsWireMockTest {

    private static final String INVOICE = "/api/oms/pvt/orders/1172452900788-01/invoice/24382";
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-21T15:30:00-03:00");
    private static final String RECEIPT = "{\"date\":\"2026-11-21T15:31:00-03:00\",\"orderId\":\"1172452900788-01\",\"receipt\":\"abc\"}";

    private final VtexOmsTrackingUpdates updates = new VtexOmsTrackingUpdates(settings(1));

    private static OmsTrackingUpdate update(boolean delivered) {
        return new OmsTrackingUpdate("1172452900788-01", "24382", "777", "https://tracking.example/777", AT, delivered,
                delivered ? Optional.of(AT) : Optional.empty(),
                List.of(new TrackingEvent("Rio de Janeiro", "RJ", delivered ? "Entrega realizada" : "Saiu para entrega", LocalDate.of(2026, 11, 21))));
    }

    @Test
    void sets_the_tracking_number_then_sends_the_events_of_a_delivery() {
        server.stubFor(patch(urlEqualTo(INVOICE)).willReturn(okJson(RECEIPT)));
        server.stubFor(put(urlEqualTo(INVOICE + "/tracking")).willReturn(okJson(RECEIPT)));

        updates.send(update(true));

        server.verify(patchRequestedFor(urlEqualTo(INVOICE)).withRequestBody(equalToJson(
                "{\"trackingNumber\":\"777\",\"trackingUrl\":\"https://tracking.example/777\",\"courier\":\"VTEX Tracking\","
                        + "\"dispatchedDate\":\"2026-11-21T15:30:00-03:00\"}")));
        server.verify(putRequestedFor(urlEqualTo(INVOICE + "/tracking")).withRequestBody(equalToJson(
                "{\"isDelivered\":true,\"deliveredDate\":\"2026-11-21 15:30\",\"events\":[{\"city\":\"Rio de Janeiro\","
                        + "\"state\":\"RJ\",\"description\":\"Entrega realizada\",\"date\":\"2026-11-21\"}]}")));
        assertThat(server.getAllServeEvents().get(1).getRequest().getMethod().getName()).isEqualTo("PATCH");
    }

    @Test
    void the_whole_timeline_goes_in_one_call_and_the_dispatch_is_the_first_status_in_brasilia_time() {
        server.stubFor(patch(urlEqualTo(INVOICE)).willReturn(okJson(RECEIPT)));
        server.stubFor(put(urlEqualTo(INVOICE + "/tracking")).willReturn(okJson(RECEIPT)));
        OffsetDateTime routedUtc = OffsetDateTime.parse("2026-11-20T12:00:00Z");

        updates.send(new OmsTrackingUpdate("1172452900788-01", "24382", "777", "https://tracking.example/777", routedUtc, true, Optional.of(AT),
                List.of(new TrackingEvent("Rio de Janeiro", "RJ", "Entrega roteirizada", LocalDate.of(2026, 11, 20)),
                        new TrackingEvent("Niterói", "RJ", "Saiu para entrega", LocalDate.of(2026, 11, 21)),
                        new TrackingEvent("Niterói", "RJ", "Entrega realizada", LocalDate.of(2026, 11, 21)))));

        server.verify(patchRequestedFor(urlEqualTo(INVOICE)).withRequestBody(equalToJson(
                "{\"trackingNumber\":\"777\",\"trackingUrl\":\"https://tracking.example/777\",\"courier\":\"VTEX Tracking\","
                        + "\"dispatchedDate\":\"2026-11-20T09:00:00-03:00\"}")));
        server.verify(putRequestedFor(urlEqualTo(INVOICE + "/tracking")).withRequestBody(equalToJson(
                "{\"isDelivered\":true,\"deliveredDate\":\"2026-11-21 15:30\",\"events\":["
                        + "{\"city\":\"Rio de Janeiro\",\"state\":\"RJ\",\"description\":\"Entrega roteirizada\",\"date\":\"2026-11-20\"},"
                        + "{\"city\":\"Niterói\",\"state\":\"RJ\",\"description\":\"Saiu para entrega\",\"date\":\"2026-11-21\"},"
                        + "{\"city\":\"Niterói\",\"state\":\"RJ\",\"description\":\"Entrega realizada\",\"date\":\"2026-11-21\"}]}")));
    }

    @Test
    void a_package_on_its_way_has_a_null_delivered_date() {
        server.stubFor(patch(urlEqualTo(INVOICE)).willReturn(okJson(RECEIPT)));
        server.stubFor(put(urlEqualTo(INVOICE + "/tracking")).willReturn(okJson(RECEIPT)));

        updates.send(update(false));

        server.verify(putRequestedFor(urlEqualTo(INVOICE + "/tracking")).withRequestBody(
                equalToJson("{\"isDelivered\":false,\"deliveredDate\":null,\"events\":[{\"city\":\"Rio de Janeiro\",\"state\":\"RJ\","
                        + "\"description\":\"Saiu para entrega\",\"date\":\"2026-11-21\"}]}")));
    }
}
