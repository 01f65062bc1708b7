package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.order.Restitution;
import com.trackingintegration.domain.order.Text;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Get order fields reconcile and the returns rule need, read so that a bad value never fails the order: without
 * them the order is judged as it was before (delivered, found by List orders), which is the safe side.
 * <ul>
 *   <li>{@code invoicedDate}: ISO-8601 with its offset, VTEX writing up to seven fraction digits
 *   ({@code 2024-02-09T10:17:40.5322681+00:00}); absent, null or unparseable is unknown.</li>
 *   <li>a return package's {@code restitutions}: Get order's schema spells the refund {@code Refund}, the package
 *   schema of the same spec {@code refund}; either is read, in any case. Its {@code items[]} give a SKU ({@code id})
 *   and a {@code quantity}: a line without a SKU or without a whole, non-negative quantity is left out, so a return is
 *   never counted larger than VTEX stated it.</li>
 * </ul>
 */
final class OmsReconcileFields {

    private OmsReconcileFields() {
    }

    static Optional<Instant> invoicedAt(String invoicedDate) {
        if (Text.isBlank(invoicedDate)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(invoicedDate.strip()).toInstant());
        } catch (DateTimeParseException unparseable) {
            return Optional.empty();
        }
    }

    /** A tree that is no object, or an {@code items} that is no array, has no properties or elements that read as a line. */
    static List<Restitution> restitutions(JsonNode restitutions) {
        if (restitutions == null) {
            return List.of();
        }
        JsonNode items = restitutions.properties().stream()
                .filter(property -> property.getKey().equalsIgnoreCase("refund"))
                .map(Map.Entry::getValue)
                .findFirst().map(refund -> refund.get("items")).orElse(null);
        if (items == null) {
            return List.of();
        }
        List<Restitution> returned = new ArrayList<>();
        for (JsonNode item : items.values()) {
            String sku = sku(item.get("id"));
            JsonNode quantity = item.get("quantity");
            if (!sku.isEmpty() && quantity != null && quantity.isIntegralNumber() && quantity.canConvertToInt() && quantity.intValue() >= 0) {
                returned.add(new Restitution(sku, quantity.intValue()));
            }
        }
        return returned;
    }

    /** The spec types {@code id} a string; a SKU id written as a number is the same SKU. */
    private static String sku(JsonNode id) {
        if (id == null) {
            return "";
        }
        return id.isString() || id.isIntegralNumber() ? Text.orEmpty(id.asString()) : "";
    }
}
