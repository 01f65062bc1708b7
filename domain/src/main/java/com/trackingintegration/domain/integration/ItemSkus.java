package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.order.InvoiceItem;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.OrderItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link Returns} counts by: a line's SKU when the order's items give one (a refund names SKUs, and two items of
 * the same SKU are the same goods), else its item index.
 */
final class ItemSkus {

    private final Map<Integer, String> byIndex = new HashMap<>();

    ItemSkus(Order order) {
        for (OrderItem item : order.items()) {
            if (!item.skuId().isEmpty()) {
                byIndex.putIfAbsent(item.index(), item.skuId());
            }
        }
    }

    /**
     * What a refund's line counts as. When the order lists no items, every line counts by its item index, so a refund
     * (which names SKUs only) matches none: it cannot be placed, and counts for nothing.
     */
    static String ofSku(String skuId) {
        return "sku " + skuId;
    }

    String of(int itemIndex) {
        String sku = byIndex.get(itemIndex);
        return sku == null ? "item " + itemIndex : ofSku(sku);
    }

    /** Per SKU, the sum of the lines' quantities (a negative quantity counts as none). */
    Map<String, Integer> quantities(List<InvoiceItem> lines) {
        Map<String, Integer> quantities = new HashMap<>();
        lines.forEach(line -> quantities.merge(of(line.itemIndex()), Math.max(0, line.quantity()), Integer::sum));
        return quantities;
    }
}
