package com.trackingintegration.domain.status;

import com.trackingintegration.domain.settings.IntegrationSettings;

import java.util.List;
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

    public Optional<OmsTrackingUpdate> updateFor(ServiceStatus status) {
        if (!settings.statusUpdates() || status.status() == TrackingStatus.ATIVO) {
            return Optional.empty();
        }
        boolean delivered = status.status() == TrackingStatus.REALIZADO;
        TrackingEvent event = new TrackingEvent(status.city(), status.state(), describe(status), status.changedAt().toLocalDate());
        return Optional.of(new OmsTrackingUpdate(status.orderId(), status.invoiceNumber(), trackingNumberOf(status),
                status.trackingUrl(), status.changedAt(), delivered, delivered ? Optional.of(status.changedAt()) : Optional.empty(), List.of(event)));
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
