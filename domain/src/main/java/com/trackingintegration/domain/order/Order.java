package com.trackingintegration.domain.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an OMS order means to VTEX Tracking: who receives it, where, through which channel, and its invoices.
 *
 * @param deliveryChannels the channels of the order's items ({@code logisticsInfo[].slas[selectedSla].deliveryChannel})
 * @param items the order's lines, each with its delivery window when one was scheduled; empty when the source lists none
 * @param sender who sends the goods: the seller's name ({@code sellers[0].name}), else {@code merchantName}; may be empty
 * @param invoicedAt when the OMS invoiced the order ({@code invoicedDate}): the day reconcile accounts for it under;
 *                   empty when the source does not say
 */
public record Order(String orderId, OrderStatus status, Customer customer, Optional<ShippingAddress> address,
                    Set<DeliveryChannel> deliveryChannels, List<Invoice> invoices, List<OrderItem> items, String sender,
                    Optional<Instant> invoicedAt) {

    /** An order whose invoicing time is not known. */
    public Order(String orderId, OrderStatus status, Customer customer, Optional<ShippingAddress> address,
                 Set<DeliveryChannel> deliveryChannels, List<Invoice> invoices, List<OrderItem> items, String sender) {
        this(orderId, status, customer, address, deliveryChannels, invoices, items, sender, Optional.empty());
    }

    /** An order without its lines and sender. */
    public Order(String orderId, OrderStatus status, Customer customer, Optional<ShippingAddress> address,
                 Set<DeliveryChannel> deliveryChannels, List<Invoice> invoices) {
        this(orderId, status, customer, address, deliveryChannels, invoices, List.of(), "");
    }

    public Order {
        orderId = Text.orEmpty(orderId);
        if (orderId.isEmpty()) {
            throw new IllegalArgumentException("an order needs its orderId");
        }
        status = status == null ? OrderStatus.of("") : status;
        if (customer == null) {
            throw new IllegalArgumentException("order " + orderId + ": clientProfileData is required");
        }
        address = address == null ? Optional.empty() : address;
        deliveryChannels = deliveryChannels == null ? Set.of() : Set.copyOf(deliveryChannels);
        invoices = invoices == null ? List.of() : List.copyOf(invoices);
        items = items == null ? List.of() : List.copyOf(items);
        sender = Text.orEmpty(sender);
        invoicedAt = invoicedAt == null ? Optional.empty() : invoicedAt;
    }

    /** The same order, with other invoices (e.g. once their NF-e XML was read). */
    public Order withInvoices(List<Invoice> replaced) {
        return new Order(orderId, status, customer, address, deliveryChannels, replaced, items, sender, invoicedAt);
    }

    /** Nothing of the order goes to an address: every item is picked up, or the address is a pickup point. */
    public boolean isPickupOnly() {
        boolean pickupChannelsOnly = !deliveryChannels.isEmpty() && !deliveryChannels.contains(DeliveryChannel.DELIVERY);
        return pickupChannelsOnly || address.map(ShippingAddress::isPickupPoint).orElse(false);
    }
}
