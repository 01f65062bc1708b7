package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.nfe.NfeDocument;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.OrderItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.trackingintegration.domain.delivery.TrackingField.PACKING_LIST;

/**
 * What the driver hands over: the short {@code packingList} and the full {@code description}.
 *
 * <p>The packing list ({@code "2 x BIGBML; 1 x 7060874"}) holds at most 50 characters and only whole entries: when
 * the list does not fit, it keeps as many entries as fit, in the invoice's order, and ends with {@code "; +N more"}.
 * When not even the first entry fits with that ending, it is {@code "+N more"} with N all the entries: a cut
 * reference would name another product, and the description lists them all anyway.
 */
final class PackingList {

    private static final String SEPARATOR = "; ";

    private PackingList() {
    }

    /** One line of the invoice: an order item and how many of it the invoice holds. */
    record Line(OrderItem item, int quantity) {
    }

    static String packingListOf(List<Line> lines) {
        List<String> entries = lines.stream().map(line -> line.quantity() + " x " + line.item().reference()).toList();
        String whole = String.join(SEPARATOR, entries);
        if (PACKING_LIST.fits(whole)) {
            return whole;
        }
        for (int kept = entries.size() - 1; kept > 0; kept--) {
            String shortened = String.join(SEPARATOR, entries.subList(0, kept)) + SEPARATOR + more(entries.size() - kept);
            if (PACKING_LIST.fits(shortened)) {
                return shortened;
            }
        }
        return more(entries.size());
    }

    /**
     * Every line ({@code "2 x Big Bowl (ref BIGBML)"}), then the volumes (the OMS package's, else the NF-e's
     * {@code qVol}) and the NF-e's gross weight; empty when there is nothing to say.
     */
    static String descriptionOf(List<Line> lines, Invoice invoice) {
        List<String> parts = new ArrayList<>();
        lines.forEach(line -> parts.add(line.quantity() + " x " + named(line.item())));
        Optional<NfeDocument> nfe = invoice.nfeDocument();
        int volumes = invoice.volumes() > 0 ? invoice.volumes() : nfe.map(n -> n.volumes().orElse(0)).orElse(0);
        if (volumes > 0) {
            parts.add("volumes: " + volumes);
        }
        nfe.flatMap(NfeDocument::grossWeightKg).map(PackingList::kilograms).ifPresent(kg -> parts.add("gross weight: " + kg + " kg"));
        return String.join(SEPARATOR, parts);
    }

    private static String named(OrderItem item) {
        if (item.name().isEmpty()) {
            return item.reference();
        }
        return item.reference().isEmpty() ? item.name() : item.name() + " (ref " + item.reference() + ")";
    }

    private static String kilograms(BigDecimal weight) {
        return weight.stripTrailingZeros().toPlainString();
    }

    private static String more(int count) {
        return "+" + count + " more";
    }
}
