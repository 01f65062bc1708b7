package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.reconcile.OmsOrders.Order;
import com.trackingintegration.batch.store.JdbcOutcomes.Row;
import org.junit.jupiter.api.Test;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.badRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reconcile must not fix on its own, each for a person (ATTENTION, exit 7) with the reason in VTEX Tracking's
 * words: a removal that would reach another order's delivery, a removal Tracking refuses, and a replacement whose new
 * version Tracking refuses after the old one was removed.
 */
@SpringBatchTest
@SpringBootTest(properties = "integration.chunk-size=4")
class ReconcileRefusalsTest extends ReconcileJobTest {

    @Test
    void a_canceled_order_whose_invoice_number_and_series_another_order_shares_is_not_removed_but_left_to_a_person() throws Exception {
        Order order = imported("10-01", "1001");
        // Another branch numbers its NF-e on its own: its order's delivery is under the same number.
        HeldServices.holds("10-99", "1001", "Ativo");

        OmsOrders.stub(vtex, List.of(), List.of(order.withStatus("canceled")));
        assertThat(reconcile()).as(console.toString()).isEqualTo(7);

        assertThat(removals()).as("PUT /services names the number only: it would remove the other order's delivery").isEmpty();
        assertThat(HeldServices.statusesOf("1001")).containsExactly("Ativo", "Ativo");
        assertThat(outcomesOf(lastExecution())).containsExactly("10-01/1001:ATTENTION:CANCELED");
        assertThat(detailOf("10-01")).isEqualTo("VTEX Tracking holds 1 delivery service(s) of other orders under invoice 1001 (no series):"
                + " removing by invoice and series would remove them too; a person must act");
        assertThat(jdbc.queryForObject("SELECT STATE FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = '10-01'", String.class)).isEqualTo("SENT");
    }

    @Test
    void a_removal_tracking_refuses_with_400_is_for_a_person_with_trackings_message() throws Exception {
        Order order = imported("11-01", "1101");
        tracking.stubFor(put(urlPathEqualTo("/receiver/services")).atPriority(1)
                .willReturn(badRequest().withBody("{\"message\":\"Service is not Ativo\"}")));

        OmsOrders.stub(vtex, List.of(), List.of(order.withStatus("canceled")));
        assertThat(reconcile()).as(console.toString()).isEqualTo(7);

        assertThat(removals()).isNotEmpty();
        assertThat(outcomesOf(lastExecution())).containsExactly("11-01/1101:ATTENTION:CANCELED");
        assertThat(detailOf("11-01")).startsWith("VTEX Tracking did not remove its packing list (").contains("Service is not Ativo")
                .endsWith("a person must act");
        assertThat(jdbc.queryForObject("SELECT STATE FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = '11-01'", String.class)).isEqualTo("SENT");
    }

    @Test
    void a_changed_invoice_whose_new_version_tracking_refuses_after_the_old_was_removed_has_no_delivery_and_is_for_a_person() throws Exception {
        Order order = imported("12-01", "1201");
        // tracking.json gives POST /services's 400 no body.
        tracking.stubFor(post(urlPathEqualTo("/receiver/services")).atPriority(1).willReturn(badRequest()));

        OmsOrders.stub(vtex, List.of(order.withStreet("Rua B")));
        assertThat(reconcile()).as(console.toString()).isEqualTo(7);

        assertThat(removals()).as("the old packing list was removed").containsExactly("[{\"invoice\":\"1201\"}]");
        assertThat(HeldServices.statusesOf("1201")).as("nothing of it live any more").containsExactly(HeldServices.REMOVED);
        assertThat(outcomesOf(lastExecution())).as("not REJECTED: no data to fix at the source, a delivery nobody will make")
                .containsExactly("12-01/1201:ATTENTION:RECONCILED_CHANGED");
        assertThat(detailOf("12-01")).contains("the new version was not accepted (VTEX Tracking answered 400)").contains("no live delivery");
    }

    /** An order of one sale invoice, sent by nativeImport. */
    private Order imported(String orderId, String invoice) throws Exception {
        Order order = OmsOrders.invoiced(orderId, invoice + ":Output");
        OmsOrders.stub(vtex, List.of(order));
        assertThat(nativeImport()).isZero();
        return order;
    }

    private String detailOf(String orderId) {
        return outcomes.rows(lastExecution()).stream().filter(row -> row.orderId().equals(orderId)).map(Row::detail).findFirst().orElseThrow();
    }
}
