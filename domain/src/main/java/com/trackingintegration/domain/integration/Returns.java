package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.InvoiceItem;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.Restitution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What of one sale (Output) invoice is certainly returned, from the order's return (Input) invoices: the rule the
 * import and reconcile share, so that reconcile never removes what the import just sent.
 *
 * <ul>
 *   <li>A return invoice says what came back twice over: its {@code items} (item index and quantity) and its refund's
 *   {@code restitutions} (SKU id and quantity). VTEX may state the same return in both, so per return invoice a line
 *   counts once: per SKU, the larger of the two, never their sum. Items are matched to SKUs through the order's
 *   items; when the order lists no items, lines are matched by item index and a refund (which names only SKUs)
 *   cannot be placed, so it counts for nothing.</li>
 *   <li>Different return invoices are different returns: what they return adds up.</li>
 *   <li>VTEX does not say which sale invoice a return belongs to when an order has several. The rule is safe under
 *   every answer: of a SKU, this invoice is certainly returned {@code returned - held by the order's other sale
 *   invoices} (never below 0), at most what it holds itself. Another sale invoice that lists no items stands for the
 *   whole order, as it does for its packing list; when the order lists no items either, nothing is certain.</li>
 *   <li>{@link #fully() Fully returned}: the invoice lists at least one item and every one is certainly returned in
 *   full. An invoice that lists no items is never judged returned: it is delivered as before.</li>
 *   <li>{@link #partly() Partly returned}: {@link #remaining()} says what is left of each line, for the packing list.</li>
 * </ul>
 * A return invoice's own lines, and anything it returns that this invoice does not hold, are not this invoice's.
 *
 * @param lines      the sale invoice's lines, as it lists them
 * @param remaining  the same lines, each with what is left of it once the certain returns are taken off (in the
 *                   invoice's order, the first lines of a SKU first)
 * @param returnedBy the numbers of the return invoices that certainly return part of this invoice
 */
public record Returns(List<InvoiceItem> lines, List<InvoiceItem> remaining, List<String> returnedBy) {

    public Returns {
        lines = List.copyOf(lines);
        remaining = List.copyOf(remaining);
        returnedBy = List.copyOf(returnedBy);
        if (lines.size() != remaining.size()) {
            throw new IllegalArgumentException("what remains names each line of the invoice, once");
        }
    }

    /** What of the sale invoice at this position of the order's invoices is certainly returned. */
    public static Returns of(Order order, int index) {
        Invoice sale = order.invoices().get(index);
        if (!sale.isSale() || sale.items().isEmpty()) {
            return untouched(sale);
        }
        ItemSkus skus = new ItemSkus(order);
        Map<String, Integer> held = skus.quantities(sale.items());
        Map<String, Integer> returned = new HashMap<>();
        List<String> returnedBy = new ArrayList<>();
        for (Invoice other : order.invoices()) {
            if (!other.isSale()) {
                Map<String, Integer> returns = returnedByOne(other, skus);
                returns.forEach((sku, quantity) -> returned.merge(sku, quantity, Integer::sum));
                if (returns.keySet().stream().anyMatch(held::containsKey)) {
                    returnedBy.add(other.number());
                }
            }
        }
        Map<String, Integer> elsewhere = new HashMap<>();
        for (int position = 0; position < order.invoices().size(); position++) {
            Invoice other = order.invoices().get(position);
            if (position != index && other.isSale()) {
                if (other.items().isEmpty() && order.items().isEmpty()) {
                    return untouched(sale);
                }
                skus.quantities(other.items().isEmpty() ? wholeOrder(order) : other.items())
                        .forEach((sku, quantity) -> elsewhere.merge(sku, quantity, Integer::sum));
            }
        }
        Map<String, Integer> certain = new HashMap<>();
        held.forEach((sku, quantity) -> certain.put(sku, Math.min(quantity,
                Math.max(0, returned.getOrDefault(sku, 0) - elsewhere.getOrDefault(sku, 0)))));
        return takenOff(sale, skus, certain, returnedBy);
    }

    /** Every line certainly returned in full: nothing of the invoice is to be delivered. */
    public boolean fully() {
        return quantity() > 0 && remainingQuantity() == 0;
    }

    /** Part of the invoice certainly returned, part left to deliver. */
    public boolean partly() {
        int left = remainingQuantity();
        return left > 0 && left < quantity();
    }

    /** What the report says of it: who returned it, and for a partial return how much is left. No personal data. */
    public String detail() {
        String by = "Input invoice(s) " + String.join(", ", returnedBy);
        if (fully()) {
            return "returned by " + by;
        }
        return partly() ? "partly returned by " + by + ": " + remainingQuantity() + " of " + quantity() + " items remain" : "";
    }

    private int quantity() {
        return lines.stream().mapToInt(line -> Math.max(0, line.quantity())).sum();
    }

    private int remainingQuantity() {
        return remaining.stream().mapToInt(line -> Math.max(0, line.quantity())).sum();
    }

    private static Returns untouched(Invoice sale) {
        return new Returns(sale.items(), sale.items(), List.of());
    }

    /** Per SKU, the larger of what the return invoice's items and its refund say: the same return stated twice counts once. */
    private static Map<String, Integer> returnedByOne(Invoice input, ItemSkus skus) {
        Map<String, Integer> returns = skus.quantities(input.items());
        Map<String, Integer> refunded = new HashMap<>();
        for (Restitution restitution : input.restitutions()) {
            refunded.merge(ItemSkus.ofSku(restitution.skuId()), restitution.quantity(), Integer::sum);
        }
        refunded.forEach((sku, quantity) -> returns.merge(sku, quantity, Math::max));
        returns.values().removeIf(quantity -> quantity <= 0);
        return returns;
    }

    private static List<InvoiceItem> wholeOrder(Order order) {
        return order.items().stream().map(item -> new InvoiceItem(item.index(), item.quantity())).toList();
    }

    private static Returns takenOff(Invoice sale, ItemSkus skus, Map<String, Integer> certain, List<String> returnedBy) {
        List<InvoiceItem> remaining = new ArrayList<>();
        for (InvoiceItem line : sale.items()) {
            String sku = skus.of(line.itemIndex());
            int taken = Math.min(Math.max(0, line.quantity()), certain.getOrDefault(sku, 0));
            certain.merge(sku, -taken, Integer::sum);
            remaining.add(new InvoiceItem(line.itemIndex(), line.quantity() - taken));
        }
        boolean anyTaken = !remaining.equals(sale.items());
        return new Returns(sale.items(), remaining, anyTaken ? returnedBy : List.of());
    }
}
