package com.trackingintegration.domain.external;

import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.ShippingAddress;
import com.trackingintegration.domain.order.Text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An order that lives outside VTEX (ERP, physical store, other platform), as the ERP sends it. It holds what the
 * ERP wrote, checked or not: {@link ErpOrderValidation} says what is wrong with it, field by field.
 *
 * @param route present only when the order was routed outside VTEX Tracking
 */
public record ErpOrder(String erpOrderId, Optional<OffsetDateTime> createdAt, Customer customer, ShippingAddress address,
                       List<Item> items, Shipping shipping, ErpInvoice invoice, Optional<Route> route) {

    public ErpOrder {
        erpOrderId = Text.orEmpty(erpOrderId);
        createdAt = createdAt == null ? Optional.empty() : createdAt;
        items = items == null ? List.of() : List.copyOf(items);
        route = route == null ? Optional.empty() : route;
    }

    /** What the customer pays, in cents: items plus shipping (VTEX's {@code marketplacePaymentValue}). */
    public long totalInCents() {
        long items = this.items.stream().mapToLong(item -> item.unitPriceInCents() * item.quantity()).sum();
        return items + (shipping == null ? 0 : shipping.priceInCents());
    }

    /** One line of the order: a SKU of the VTEX catalog, how many, and the unit price in cents. */
    public record Item(String sku, int quantity, long unitPriceInCents) {
        public Item {
            sku = Text.orEmpty(sku);
        }
    }

    /** The shipping policy (VTEX SLA name, e.g. "Normal") and its price in cents. */
    public record Shipping(String sla, long priceInCents) {
        public Shipping {
            sla = Text.orEmpty(sla);
        }
    }

    /**
     * The NF-e the ERP issued for the order.
     *
     * @param courier who delivers it, named as in the merchant's carrier filter ("Motoboy"); empty when not stated
     */
    public record ErpInvoice(String number, String series, String key, Optional<OffsetDateTime> issuedAt,
                             long valueInCents, String url, String courier) {
        public ErpInvoice {
            number = Text.orEmpty(number);
            courier = Text.orEmpty(courier);
            series = Text.orEmpty(series);
            key = Text.orEmpty(key);
            issuedAt = issuedAt == null ? Optional.empty() : issuedAt;
            url = Text.orEmpty(url);
        }
    }

    /** A route made outside VTEX Tracking: the day, the driver's Tracking username, the vehicle, how it travels. */
    public record Route(LocalDate date, String driver, String vehicle, String displacement) {
        public Route {
            driver = Text.orEmpty(driver);
            vehicle = Text.orEmpty(vehicle);
            displacement = Text.orEmpty(displacement);
        }
    }
}
