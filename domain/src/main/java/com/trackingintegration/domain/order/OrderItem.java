package com.trackingintegration.domain.order;

import java.util.Optional;

/**
 * One line of the order ({@code items[index]}), with the delivery window its logistics entry chose
 * ({@code shippingData.logisticsInfo[itemIndex].deliveryWindow}), when the customer scheduled one.
 *
 * @param skuId the SKU id ({@code items[].id})
 * @param refId the SKU's reference code ({@code items[].refId}), empty when the catalog has none
 */
public record OrderItem(int index, String skuId, String refId, String name, int quantity, Optional<DeliveryWindow> window) {

    public OrderItem {
        if (index < 0) {
            throw new IllegalArgumentException("an item index is never negative, was " + index);
        }
        skuId = Text.orEmpty(skuId);
        refId = Text.orEmpty(refId);
        name = Text.orEmpty(name);
        window = window == null ? Optional.empty() : window;
    }

    /** What a packing list calls the item: its reference, or else its SKU id. */
    public String reference() {
        return refId.isEmpty() ? skuId : refId;
    }
}
