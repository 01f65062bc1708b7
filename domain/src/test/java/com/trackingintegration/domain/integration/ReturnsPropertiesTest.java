package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.fixtures.OrderBuilder;
import com.trackingintegration.domain.fixtures.OrderBuilder.InvoiceBuilder;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.InvoiceItem;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.OrderItem;
import com.trackingintegration.domain.order.Restitution;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.trackingintegration.domain.fixtures.OrderBuilder.aReturnInvoice;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anItem;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders of four items over two SKUs (so a SKU is often on several items and several sale invoices), one to three sale
 * invoices and up to three return invoices with items, refunds or both.
 */
class ReturnsPropertiesTest {

    private static final List<String> SKUS = List.of("18", "18", "7060874", "7060874");

    @Property(tries = 300)
    void a_further_return_never_makes_what_remains_grow(@ForAll("orders") Order order, @ForAll("returnInvoices") Invoice further) {
        List<Invoice> more = new ArrayList<>(order.invoices());
        more.add(further);
        Order returnedMore = order.withInvoices(more);

        for (int index = 0; index < order.invoices().size(); index++) {
            List<InvoiceItem> before = Returns.of(order, index).remaining();
            List<InvoiceItem> after = Returns.of(returnedMore, index).remaining();
            for (int line = 0; line < before.size(); line++) {
                assertThat(after.get(line).quantity()).as("invoice %d, line %d", index, line).isLessThanOrEqualTo(before.get(line).quantity());
            }
        }
    }

    @Property(tries = 300)
    void fully_returned_is_every_line_left_at_nothing(@ForAll("orders") Order order) {
        for (int index = 0; index < order.invoices().size(); index++) {
            Returns returns = Returns.of(order, index);
            if (order.invoices().get(index).isSale()) {
                assertThat(returns.fully()).isEqualTo(returns.remaining().stream().allMatch(line -> line.quantity() == 0));
            }
        }
    }

    /**
     * Whichever sale invoice VTEX meant each return for, it is there to be meant: taken together, the sale invoices are
     * never certainly returned more of a SKU than the return invoices return of it, each stating it once.
     */
    @Property(tries = 300)
    void never_more_is_certainly_returned_than_the_returns_say(@ForAll("orders") Order order) {
        Map<String, Integer> certainlyReturned = new HashMap<>();
        for (int index = 0; index < order.invoices().size(); index++) {
            Returns returns = Returns.of(order, index);
            for (int line = 0; line < returns.lines().size(); line++) {
                int taken = returns.lines().get(line).quantity() - returns.remaining().get(line).quantity();
                certainlyReturned.merge(skuOf(order, returns.lines().get(line).itemIndex()), taken, Integer::sum);
            }
        }
        Map<String, Integer> returned = returned(order);

        certainlyReturned.forEach((sku, quantity) ->
                assertThat(quantity).as("SKU %s", sku).isLessThanOrEqualTo(returned.getOrDefault(sku, 0)));
    }

    /** Per SKU, what the return invoices say came back: each its items or its refund, whichever says more. */
    private static Map<String, Integer> returned(Order order) {
        Map<String, Integer> returned = new HashMap<>();
        for (Invoice invoice : order.invoices()) {
            if (!invoice.isSale()) {
                Map<String, Integer> items = new HashMap<>();
                invoice.items().forEach(line -> items.merge(skuOf(order, line.itemIndex()), line.quantity(), Integer::sum));
                Map<String, Integer> refunded = new HashMap<>();
                invoice.restitutions().forEach(r -> refunded.merge(r.skuId(), r.quantity(), Integer::sum));
                refunded.forEach((sku, quantity) -> items.merge(sku, quantity, Math::max));
                items.forEach((sku, quantity) -> returned.merge(sku, quantity, Integer::sum));
            }
        }
        return returned;
    }

    private static String skuOf(Order order, int itemIndex) {
        return order.items().stream().filter(item -> item.index() == itemIndex).map(OrderItem::skuId).findFirst().orElseThrow();
    }

    @Provide
    Arbitrary<Order> orders() {
        Arbitrary<List<Invoice>> sales = lines(1).map(lines -> anOutputInvoice("100").withLines(lines).build()).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<Invoice>> returns = returnInvoices().list().ofMaxSize(3);
        return Combinators.combine(sales, returns).as((sale, returned) -> {
            OrderBuilder order = anInvoicedOrder().withItems(anItem(0, "A").sku(SKUS.get(0)).quantity(3), anItem(1, "B").sku(SKUS.get(1)).quantity(3),
                    anItem(2, "C").sku(SKUS.get(2)).quantity(3), anItem(3, "D").sku(SKUS.get(3)).quantity(3));
            sale.forEach(order::withInvoice);
            returned.forEach(order::withInvoice);
            return order.build();
        });
    }

    @Provide
    Arbitrary<Invoice> returnInvoices() {
        Arbitrary<List<Restitution>> refunds = Combinators.combine(Arbitraries.of("18", "7060874"), Arbitraries.integers().between(1, 4))
                .as(Restitution::new).list().ofMaxSize(2);
        return Combinators.combine(lines(0), refunds).as((lines, refund) -> {
            InvoiceBuilder invoice = aReturnInvoice("200").withLines(lines);
            refund.forEach(r -> invoice.withRestitution(r.skuId(), r.quantity()));
            return invoice.build();
        });
    }

    /** Lines as {@code withLines} takes them: item index, quantity (at least 1), ... */
    private static Arbitrary<int[]> lines(int atLeast) {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 4))
                .as((index, quantity) -> new int[] {index, quantity}).list().ofMinSize(atLeast).ofMaxSize(3)
                .map(pairs -> pairs.stream().flatMapToInt(java.util.Arrays::stream).toArray());
    }
}
