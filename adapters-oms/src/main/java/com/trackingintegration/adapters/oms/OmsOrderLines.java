package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.order.DeliveryWindow;
import com.trackingintegration.domain.order.OrderItem;
import com.trackingintegration.domain.order.Text;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order's lines ({@code items[]}, each at its position) with the delivery window their logistics entry chose
 * ({@code shippingData.logisticsInfo[itemIndex].deliveryWindow}).
 *
 * <p>The schema types {@code deliveryWindow} as a string; its examples and VTEX's other specs write null or an object
 * (vtex-apis.md, section 3 and gap 7). Null, or anything but an object, is no window. An object without either date
 * is no window either; an object with one date, a date that is not ISO-8601, or an end before its start is an error
 * naming the order and the item, as a broken {@code issuanceDate} is: a scheduled delivery is not silently lost.
 */
final class OmsOrderLines {

    private OmsOrderLines() {
    }

    static List<OrderItem> of(OmsOrderJson order) {
        if (order.items() == null) {
            return List.of();
        }
        Map<Integer, DeliveryWindow> windows = windows(order);
        List<OrderItem> lines = new ArrayList<>();
        for (int index = 0; index < order.items().size(); index++) {
            OmsOrderJson.Item item = order.items().get(index);
            if (item != null) {
                lines.add(new OrderItem(index, item.id(), item.refId(), item.name(), item.quantity() == null ? 0 : item.quantity(),
                        Optional.ofNullable(windows.get(index))));
            }
        }
        return lines;
    }

    /** Each logistics entry's window, by the item it is for ({@code itemIndex}, else its own position). */
    private static Map<Integer, DeliveryWindow> windows(OmsOrderJson order) {
        Map<Integer, DeliveryWindow> windows = new HashMap<>();
        if (order.shippingData() == null || order.shippingData().logisticsInfo() == null) {
            return windows;
        }
        List<OmsOrderJson.LogisticsInfo> infos = order.shippingData().logisticsInfo();
        for (int position = 0; position < infos.size(); position++) {
            OmsOrderJson.LogisticsInfo info = infos.get(position);
            if (info != null) {
                int itemIndex = info.itemIndex() == null ? position : info.itemIndex();
                window(order.orderId(), itemIndex, info.deliveryWindow()).ifPresent(window -> windows.put(itemIndex, window));
            }
        }
        return windows;
    }

    private static Optional<DeliveryWindow> window(String orderId, int itemIndex, JsonNode window) {
        if (window == null || !window.isObject()) {
            return Optional.empty();
        }
        String start = text(window.get("startDateUtc"));
        String end = text(window.get("endDateUtc"));
        if (start.isEmpty() && end.isEmpty()) {
            return Optional.empty();
        }
        String field = "order " + orderId + ", logisticsInfo of item " + itemIndex + ": deliveryWindow";
        try {
            return Optional.of(new DeliveryWindow(OffsetDateTime.parse(start), OffsetDateTime.parse(end)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + start + "' to '" + end + "' is not two ISO-8601 date-times", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " ends before it starts ('" + start + "' to '" + end + "')", e);
        }
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() ? "" : Text.orEmpty(node.asString());
    }
}
