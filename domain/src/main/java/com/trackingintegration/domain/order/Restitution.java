package com.trackingintegration.domain.order;

/**
 * One returned line an Input invoice's refund lists ({@code restitutions.Refund.items[]}): which SKU, and how many of
 * it came back. VTEX names the SKU, not the order's item, so a return is matched to the order through its items' SKU.
 *
 * @param skuId the SKU id ({@code items[].id}); empty when VTEX gave none
 */
public record Restitution(String skuId, int quantity) {

    public Restitution {
        skuId = Text.orEmpty(skuId);
        if (quantity < 0) {
            throw new IllegalArgumentException("a returned quantity is never negative, was " + quantity);
        }
    }
}
