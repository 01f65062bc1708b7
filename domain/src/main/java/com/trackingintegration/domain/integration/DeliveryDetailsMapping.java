package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.DeliveryDetails;
import com.trackingintegration.domain.integration.PackingList.Line;
import com.trackingintegration.domain.nfe.NfeDocument;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.InvoiceItem;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.OrderItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a delivery service carries beyond the recipient, field by field:
 * <ul>
 * <li>{@code deliveryServiceScheduling}: the window of the invoice's items ({@link SchedulingMapping});
 * <li>{@code packingList} and {@code description}: the invoice's lines ({@link PackingList});
 * <li>{@code sender}: the order's seller, else its merchant;
 * <li>{@code cnpjbranch}: the issuer, by the NF-e XML's {@code emit/CNPJ}, else by the access key;
 * <li>{@code cnpjcarrier}: the NF-e XML's {@code transp/transporta/CNPJ} (nothing else names it);
 * <li>{@code packingListDateTime}: when the invoice was issued.
 * </ul>
 * The invoice's lines are its package's {@code items} ({@code itemIndex} names the order's item, the quantity is the
 * package's); a package that lists no items stands for the whole order, each item with its ordered quantity. Of a
 * sale invoice partly returned, the lines are what remains ({@link Returns}): a line returned in full is left out.
 */
final class DeliveryDetailsMapping {

    private DeliveryDetailsMapping() {
    }

    static DeliveryDetails detailsOf(Order order, Invoice invoice, int index, Returns returns) {
        List<Line> lines = remainingOf(linesOf(order, invoice, index), returns);
        List<OrderItem> items = lines.stream().map(Line::item).toList();
        return new DeliveryDetails(SchedulingMapping.schedulingOf(items), PackingList.packingListOf(lines),
                PackingList.descriptionOf(lines, invoice), order.sender(), invoice.issuerOrFromKey(),
                invoice.nfeDocument().flatMap(NfeDocument::carrier), invoice.issuanceDate());
    }

    /** The lines with what remains of each once the returns are taken off; a line the returns took to nothing goes. */
    private static List<Line> remainingOf(List<Line> lines, Returns returns) {
        if (!returns.partly() || lines.size() != returns.remaining().size()) {
            return lines;
        }
        List<Line> remaining = new ArrayList<>();
        for (int position = 0; position < lines.size(); position++) {
            Line line = lines.get(position);
            int left = returns.remaining().get(position).quantity();
            if (left > 0 || left == line.quantity()) {
                remaining.add(new Line(line.item(), left));
            }
        }
        return remaining;
    }

    /**
     * An invoice line naming an item the order does not have is refused: a packing list without it would tell the
     * driver to hand over less than the invoice holds. An order whose source lists no items has no lines to name.
     */
    static List<Line> linesOf(Order order, Invoice invoice, int index) {
        if (invoice.items().isEmpty()) {
            return order.items().stream().map(item -> new Line(item, item.quantity())).toList();
        }
        if (order.items().isEmpty()) {
            return List.of();
        }
        Map<Integer, OrderItem> byIndex = order.items().stream()
                .collect(Collectors.toMap(OrderItem::index, Function.identity(), (first, again) -> first));
        List<Line> lines = new ArrayList<>();
        for (int position = 0; position < invoice.items().size(); position++) {
            InvoiceItem line = invoice.items().get(position);
            OrderItem item = byIndex.get(line.itemIndex());
            if (item == null) {
                throw new InvalidFieldException("packageAttachment.packages[" + index + "].items[" + position + "].itemIndex",
                        line.itemIndex() + " names no item of the order (" + order.items().size() + " items)");
            }
            lines.add(new Line(item, line.quantity()));
        }
        return lines;
    }
}
