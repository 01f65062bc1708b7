package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.fixtures.OrderBuilder;
import com.trackingintegration.domain.order.InvoiceItem;
import com.trackingintegration.domain.order.Order;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static com.trackingintegration.domain.fixtures.OrderBuilder.aReturnInvoice;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anItem;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;
import static org.assertj.core.api.Assertions.assertThat;

/** What of a sale invoice is certainly returned, by the order's return invoices (their items and their refunds). */
class ReturnsTest {

    /** Two bowls (SKU 18) and three lamps (SKU 7060874). */
    private static OrderBuilder anOrderOfBowlsAndLamps() {
        return anInvoicedOrder().withItems(anItem(0, "BIGBML").sku("18").quantity(2), anItem(1, "LAMP").sku("7060874").quantity(3));
    }

    private static Returns ofFirstInvoice(Order order) {
        return Returns.of(order, 0);
    }

    @Nested
    class FullyReturned {

        @Test
        void by_a_return_invoice_listing_every_item_of_the_sale() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(anOutputInvoice("1001").withLines(0, 2, 1, 3))
                    .withInvoice(aReturnInvoice("2001").withLines(0, 2, 1, 3)).build();

            Returns returns = ofFirstInvoice(order);

            assertThat(returns.fully()).isTrue();
            assertThat(returns.partly()).isFalse();
            assertThat(returns.detail()).isEqualTo("returned by Input invoice(s) 2001");
        }

        @Test
        void by_refunds_alone_naming_the_skus() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(anOutputInvoice("1001").withLines(0, 2, 1, 3))
                    .withInvoice(aReturnInvoice("2001").withRestitution("18", 2).withRestitution("7060874", 3)).build();

            assertThat(ofFirstInvoice(order).fully()).isTrue();
        }

        @Test
        void by_several_return_invoices_whose_returns_add_up() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(anOutputInvoice("1001").withLines(0, 2, 1, 3))
                    .withInvoice(aReturnInvoice("2001").withLines(0, 2, 1, 1))
                    .withInvoice(aReturnInvoice("2002").withRestitution("7060874", 2)).build();

            Returns returns = ofFirstInvoice(order);

            assertThat(returns.fully()).isTrue();
            assertThat(returns.detail()).isEqualTo("returned by Input invoice(s) 2001, 2002");
        }

        @Test
        void two_items_of_the_same_sku_are_matched_by_the_sku() {
            Order order = anInvoicedOrder().withItems(anItem(0, "BIGBML").sku("18").quantity(1), anItem(1, "BIGBML").sku("18").quantity(1))
                    .withInvoice(anOutputInvoice("1001").withLines(0, 1, 1, 1))
                    .withInvoice(aReturnInvoice("2001").withLines(1, 2)).build();

            assertThat(ofFirstInvoice(order).fully()).isTrue();
        }

        @Test
        void by_item_index_when_the_order_lists_no_items() {
            Order order = anInvoicedOrder().withInvoice(anOutputInvoice("1001").withLines(0, 2))
                    .withInvoice(aReturnInvoice("2001").withLines(0, 2)).build();

            assertThat(ofFirstInvoice(order).fully()).isTrue();
        }
    }

    @Nested
    class NotFullyReturned {

        @Test
        void the_same_return_stated_by_both_items_and_refund_counts_once() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(anOutputInvoice("1001").withLines(0, 2))
                    .withInvoice(aReturnInvoice("2001").withLines(0, 1).withRestitution("18", 1)).build();

            Returns returns = ofFirstInvoice(order);

            assertThat(returns.fully()).isFalse();
            assertThat(returns.remaining()).containsExactly(new InvoiceItem(0, 1));
        }

        @Test
        void a_partial_return_leaves_what_remains_of_each_line() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(anOutputInvoice("1001").withLines(0, 2, 1, 3))
                    .withInvoice(aReturnInvoice("2001").withLines(1, 3)).build();

            Returns returns = ofFirstInvoice(order);

            assertThat(returns.fully()).isFalse();
            assertThat(returns.partly()).isTrue();
            assertThat(returns.remaining()).containsExactly(new InvoiceItem(0, 2), new InvoiceItem(1, 0));
            assertThat(returns.detail()).isEqualTo("partly returned by Input invoice(s) 2001: 2 of 5 items remain");
        }

        /** VTEX does not say which sale a return is of: a lamp back may be either invoice's, so neither is judged returned. */
        @Test
        void a_return_that_could_be_of_either_sale_invoice_returns_neither() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(anOutputInvoice("1001").withLines(1, 1))
                    .withInvoice(anOutputInvoice("1002").withLines(1, 1))
                    .withInvoice(aReturnInvoice("2001").withLines(1, 1)).build();

            assertThat(Returns.of(order, 0).fully()).isFalse();
            assertThat(Returns.of(order, 1).fully()).isFalse();
            assertThat(Returns.of(order, 0).remaining()).containsExactly(new InvoiceItem(1, 1));
            assertThat(Returns.of(order, 0).detail()).as("nothing of it is certainly returned").isEmpty();
        }

        @Test
        void a_return_of_what_both_sale_invoices_hold_returns_both() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(anOutputInvoice("1001").withLines(1, 1))
                    .withInvoice(anOutputInvoice("1002").withLines(1, 2))
                    .withInvoice(aReturnInvoice("2001").withRestitution("7060874", 3)).build();

            assertThat(Returns.of(order, 0).fully()).isTrue();
            assertThat(Returns.of(order, 1).fully()).isTrue();
        }

        @Test
        void another_sale_invoice_that_lists_no_items_may_hold_the_whole_order() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(anOutputInvoice("1001").withLines(1, 1))
                    .withInvoice(anOutputInvoice("1002"))
                    .withInvoice(aReturnInvoice("2001").withLines(1, 3)).build();

            assertThat(Returns.of(order, 0).fully()).isFalse();
        }

        @Test
        void another_sale_invoice_that_lists_no_items_of_an_order_that_lists_none_may_hold_anything() {
            Order order = anInvoicedOrder().withInvoice(anOutputInvoice("1001").withLines(0, 2))
                    .withInvoice(anOutputInvoice("1002"))
                    .withInvoice(aReturnInvoice("2001").withLines(0, 2)).build();

            assertThat(Returns.of(order, 0).fully()).isFalse();
        }

        @Test
        void an_invoice_that_lists_no_items_is_never_judged_returned() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(anOutputInvoice("1001"))
                    .withInvoice(aReturnInvoice("2001").withLines(0, 2, 1, 3).withRestitution("18", 2).withRestitution("7060874", 3)).build();

            Returns returns = ofFirstInvoice(order);

            assertThat(returns.fully()).isFalse();
            assertThat(returns.partly()).isFalse();
        }

        @Test
        void a_refund_of_another_sku_returns_nothing_of_the_invoice() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(anOutputInvoice("1001").withLines(0, 2))
                    .withInvoice(aReturnInvoice("2001").withRestitution("7060874", 3)).build();

            assertThat(ofFirstInvoice(order).remaining()).containsExactly(new InvoiceItem(0, 2));
        }

        @Test
        void a_return_invoice_is_not_itself_returned() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(aReturnInvoice("2001").withLines(0, 2)).build();

            assertThat(ofFirstInvoice(order).fully()).isFalse();
        }
    }
}
