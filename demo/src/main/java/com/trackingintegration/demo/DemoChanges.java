package com.trackingintegration.demo;

import com.trackingintegration.demo.DemoCatalog.Case;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.InvoiceType;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.OrderStatus;
import com.trackingintegration.domain.order.ShippingAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What happens in VTEX after the night's imports, as in real life, for the demo's reconcile to find: one imported
 * order canceled in the OMS, one sale invoice fully returned (an Input invoice for all its items), one order whose
 * address changed, one service put in a route in VTEX Tracking and then its order canceled (reconcile may no longer
 * remove it: a person must act), and one order List orders hid from nativeImport (indexed late). The first three
 * stay {@code Ativo} in VTEX Tracking (not yet routed), so reconcile may remove or replace them.
 *
 * <p>Each is an order of the catalog picked by its case, the first or second of that case: the demo needs at least
 * two cycles of the catalog ({@link #MIN_ORDERS}).
 */
public record DemoChanges(int canceled, int returned, int moved, int routedThenCanceled, int indexedLate) {

    public static final int MIN_ORDERS = 2 * Case.values().length;
    public static final String ROUTED = "Roteirizado";

    /** The picks among {@code count} orders; empty when there are too few for one of each. */
    public static Optional<DemoChanges> of(int count) {
        if (count < MIN_ORDERS) {
            return Optional.empty();
        }
        return Optional.of(new DemoChanges(nth(Case.ROUTED, 0, count), nth(Case.ROUTED_COMPANY, 0, count), nth(Case.ROUTED_TWO_INVOICES, 0, count),
                nth(Case.ROUTED_COMPANY, 1, count), last(Case.ROUTED_TWO_INVOICES, count)));
    }

    /** The orders whose services stay {@code Ativo} until reconcile comes: the canceled, the returned and the moved. */
    public List<Integer> staysActive() {
        return List.of(canceled, returned, moved);
    }

    /** Before any job runs: the late order is not yet in List orders, and the three stay Ativo once in Tracking. */
    void prepare(SimulatedVtex vtex, List<Order> catalog) {
        vtex.hideFromListing(catalog.get(indexedLate).orderId());
        staysActive().forEach(i -> catalog.get(i).invoices().forEach(invoice -> vtex.tracking().arriveAs(invoice.number(), "Ativo")));
    }

    /** After statusSync: the OMS and VTEX Tracking change, and the late order is indexed. */
    void happen(SimulatedVtex vtex, List<Order> catalog) {
        vtex.changeOrder(canceledInOms(catalog.get(canceled)));
        vtex.changeOrder(returned(catalog.get(returned)));
        vtex.changeOrder(moved(catalog.get(moved)));
        Order routed = catalog.get(routedThenCanceled);
        routed.invoices().forEach(invoice -> vtex.tracking().setStatus(invoice.number(), ROUTED));
        vtex.changeOrder(canceledInOms(routed));
        vtex.showInListing(catalog.get(indexedLate).orderId());
    }

    static Order canceledInOms(Order order) {
        return new Order(order.orderId(), OrderStatus.of("canceled"), order.customer(), order.address(), order.deliveryChannels(),
                order.invoices(), order.items(), order.sender());
    }

    /** A return invoice (Input) covering every item of the order's one sale invoice: the whole sale came back. */
    static Order returned(Order order) {
        Invoice sale = order.invoices().get(0);
        Invoice input = DemoCatalog.invoice(800_000 + DemoCatalog.indexOf(order.orderId()), DemoCatalog.MAIN_BRANCH, sale.embeddedInvoice(),
                InvoiceType.INPUT, sale.courier(), order.items());
        List<Invoice> invoices = new ArrayList<>(order.invoices());
        invoices.add(input);
        return new Order(order.orderId(), order.status(), order.customer(), order.address(), order.deliveryChannels(), invoices,
                order.items(), order.sender());
    }

    /** The customer asked for another address: another street and number. */
    static Order moved(Order order) {
        ShippingAddress a = order.address().orElseThrow();
        ShippingAddress moved = new ShippingAddress(a.addressType(), a.receiverName(), "Avenida Nova " + DemoCatalog.indexOf(order.orderId()), "10",
                a.complement(), a.neighborhood(), a.city(), a.state(), a.postalCode(), a.country(), a.location());
        return new Order(order.orderId(), order.status(), order.customer(), Optional.of(moved), order.deliveryChannels(), order.invoices(),
                order.items(), order.sender());
    }

    private static int nth(Case kind, int n, int count) {
        return IntStream.range(0, count).filter(i -> DemoCatalog.caseOf(i) == kind).skip(n).findFirst().orElseThrow();
    }

    private static int last(Case kind, int count) {
        return IntStream.range(0, count).filter(i -> DemoCatalog.caseOf(i) == kind).max().orElseThrow();
    }
}
