package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.port.OrderTrackingUpdates;
import com.trackingintegration.domain.status.OmsTrackingUpdate;
import com.trackingintegration.http.HttpCall;
import com.trackingintegration.http.HttpPath;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Delivery statuses told to the OMS: the invoice's tracking number and URL first ({@code PATCH}), which the OMS needs
 * before it accepts events, then the invoice's whole timeline and whether the package was delivered
 * ({@code PUT .../tracking}, whose {@code events} are a list). Both calls carry the whole state, the dates written in
 * Brasília time whatever offset they came with, so sending an update again sends the same bodies and changes nothing.
 */
public final class VtexOmsTrackingUpdates implements OrderTrackingUpdates {

    /** The courier named on the invoice's tracking. */
    static final String COURIER = "VTEX Tracking";
    private static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");
    private static final DateTimeFormatter DELIVERED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OmsApi api;

    public VtexOmsTrackingUpdates(OmsSettings settings) {
        this.api = new OmsApi(settings);
    }

    @Override
    public void send(OmsTrackingUpdate update) {
        OmsApi.PORT.run(() -> sendBoth(update));
    }

    /** The tracking number first, then the events: each a whole state, so sending both again is harmless. */
    private void sendBoth(OmsTrackingUpdate update) {
        HttpPath invoicePath = HttpPath.of("/api/oms/pvt/orders/{orderId}/invoice/{invoiceNumber}", update.orderId(), update.invoiceNumber());
        TrackingNumber number = new TrackingNumber(update.trackingNumber(), update.trackingUrl(), COURIER,
                update.dispatchedAt().atZoneSameInstant(BRAZIL).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        api.send(HttpCall.patch(invoicePath, OmsApi.JSON.write(number)));
        List<Event> events = update.events().stream()
                .map(e -> new Event(e.city(), e.state(), e.description(), e.date().toString())).toList();
        String delivered = update.deliveredAt().map(at -> at.atZoneSameInstant(BRAZIL).format(DELIVERED)).orElse(null);
        api.send(HttpCall.put(invoicePath.plus("/tracking"), OmsApi.JSON.write(new Tracking(update.delivered(), delivered, events))));
    }

    record TrackingNumber(String trackingNumber, String trackingUrl, String courier, String dispatchedDate) {
    }

    /** {@code deliveredDate} is required and null while in transit: written out as null, not left out. */
    record Tracking(boolean isDelivered,
                    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS) String deliveredDate,
                    List<Event> events) {
    }

    record Event(String city, String state, String description, String date) {
    }
}
