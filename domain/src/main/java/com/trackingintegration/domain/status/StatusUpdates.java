package com.trackingintegration.domain.status;

import com.trackingintegration.domain.settings.IntegrationSettings;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Maps VTEX Tracking statuses to OMS tracking updates, as the VTEX Tracking app does when the merchant turns on
 * "Atualização do status de entrega nos pedidos": on Roteirizado, Em Andamento, Realizado and Não Realizado.
 * An Ativo service has not moved yet: there is nothing to tell.
 */
public final class StatusUpdates {

    private final IntegrationSettings settings;

    public StatusUpdates(IntegrationSettings settings) {
        this.settings = settings;
    }

    /** The event a status adds to its invoice's timeline, if the OMS is to be told of it. */
    public Optional<ReportedStatus> reported(ServiceStatus status) {
        if (!settings.statusUpdates() || status.status() == TrackingStatus.ATIVO) {
            return Optional.empty();
        }
        TrackingEvent event = new TrackingEvent(status.city(), status.state(), describe(status), status.changedAt().toLocalDate());
        return Optional.of(new ReportedStatus(status.status(), status.changedAt(), event));
    }

    /** What the OMS is told when a status arrives: the tracking number and URL of the latest, and the whole timeline. */
    public OmsTrackingUpdate updateFor(ServiceStatus latest, InvoiceTimeline timeline) {
        Optional<OffsetDateTime> deliveredAt = timeline.deliveredAt();
        return new OmsTrackingUpdate(latest.orderId(), latest.invoiceNumber(), trackingNumberOf(latest), latest.trackingUrl(),
                timeline.dispatchedAt(), deliveredAt.isPresent(), deliveredAt, timeline.events());
    }

    /** The delivery service id is what identifies the delivery in VTEX Tracking; the invoice is the fallback. */
    private static String trackingNumberOf(ServiceStatus status) {
        return status.idDeliveryService().isEmpty() ? status.invoiceNumber() : status.idDeliveryService();
    }

    private static String describe(ServiceStatus status) {
        switch (status.status()) {
            case ROTEIRIZADO:
                return "Entrega roteirizada";
            case EM_ANDAMENTO:
                return "Saiu para entrega";
            case REALIZADO:
                return "Entrega realizada";
            case NAO_REALIZADO:
                return status.nonDeliveryReason().isEmpty()
                        ? "Entrega não realizada"
                        : "Entrega não realizada: " + status.nonDeliveryReason();
            default:
                throw new IllegalStateException("no OMS event for " + status.status());
        }
    }
}
