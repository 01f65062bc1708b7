package com.trackingintegration.domain.delivery;

import com.trackingintegration.domain.order.ShippingAddress.GeoPoint;

import java.util.Optional;

import static com.trackingintegration.domain.delivery.TrackingField.*;

/**
 * One VTEX Tracking delivery service: one Output invoice of one order, to be delivered to one recipient.
 *
 * @param invoiceNumber {@code invoiceOrderOfService}: the NF number, which is also how Tracking finds it again
 * @param invoiceSeries {@code invoiceOrderOfServiceSerie}, when known; with the number it keeps Tracking from
 *                      taking the same NF twice (Help Center, "Importação de Serviços")
 * @param orderNumber the OMS order id
 * @param details     scheduling, packing list, description, sender and the branch's and carrier's CNPJs
 */
public record DeliveryService(String type, ShipperCustomer recipient, String invoiceNumber,
                              Optional<String> invoiceSeries, String orderNumber, Optional<GeoPoint> location,
                              DeliveryDetails details) {

    /** A delivery service with nothing beyond the recipient, the invoice and the order. */
    public DeliveryService(String type, ShipperCustomer recipient, String invoiceNumber, Optional<String> invoiceSeries,
                           String orderNumber, Optional<GeoPoint> location) {
        this(type, recipient, invoiceNumber, invoiceSeries, orderNumber, location, DeliveryDetails.none());
    }

    /** VTEX Tracking's type for a delivery to the customer ("Atendimento" and "Coleta" are other kinds of service). */
    public static final String DELIVERY = "Entrega";

    public DeliveryService {
        type = DELIVERY_SERVICE_TYPE.checked(type);
        if (recipient == null) {
            throw new IllegalArgumentException("shipperCustomer is required");
        }
        if (invoiceNumber == null || invoiceNumber.isBlank()) {
            throw new IllegalArgumentException("invoiceOrderOfService is required");
        }
        invoiceSeries = invoiceSeries == null ? Optional.empty() : invoiceSeries.map(INVOICE_SERIES::checked);
        orderNumber = ORDER_NUMBER.checked(orderNumber);
        location = location == null ? Optional.empty() : location;
        details = details == null ? DeliveryDetails.none() : details;
    }

    public DeliveryServiceId id() {
        return new DeliveryServiceId(orderNumber, invoiceNumber, invoiceSeries.orElse(""));
    }
}
