package com.trackingintegration.batch.reconcile;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.reconcile.OmsOrders.Order;
import com.trackingintegration.batch.store.JdbcIntegrationLedger;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.port.IntegrationLedger.Entry;
import org.junit.jupiter.api.Test;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

/**
 * {@code --integration.dry-run=true}: the window is read, looked up and judged as a real run does (the same situations
 * as {@link ReconcileRepairsTest}'s), the report says what would be done, and nothing is written anywhere but the
 * report: no POST, PUT or PATCH reaches VTEX, the ledger and the waiting orders stay as they were, and the run exits 0
 * even with something for a person.
 */
@SpringBatchTest
@SpringBootTest(properties = {"integration.chunk-size=2", "integration.dry-run=true"})
class ReconcileDryRunTest extends ReconcileJobTest {

    /** Not the fingerprint of anything these orders would send: the version sent earlier, before a change. */
    private static final Fingerprint EARLIER = new Fingerprint("ab".repeat(32));

    @Autowired
    JdbcIntegrationLedger ledger;
    @MockitoSpyBean
    Settings settings;

    @Test
    void a_dry_run_predicts_every_fix_as_would_and_writes_nothing_but_its_report() throws Exception {
        theRepairs();
        List<Map<String, Object>> ledgerBefore = ledgerRows();

        assertThat(reconcile()).as("a dry run exits 0, even with something for a person: " + console).isZero();

        assertThat(outcomesOf(lastExecution())).containsExactlyInAnyOrder("9-01/901:WOULD_IMPORT:RECONCILED_MISSING",
                "9-02/921:WOULD_REMOVE:CANCELED", "9-03/931:WOULD_RESEND:RECONCILED_CHANGED", "9-04/941:ATTENTION:CANCELED");
        assertThat(writes()).as("no POST, PUT or PATCH reached VTEX").isEmpty();
        assertThat(ledgerRows()).as("the ledger as it was").isEqualTo(ledgerBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM TI_DEFERRED", Integer.class)).isZero();
        assertThat(lastLine()).isEqualTo("4 invoiced orders: 0 in Tracking, 0 skipped by rule, 0 rejected, 0 deferred, 3 would be fixed, 1 need attention");
    }

    @Test
    void a_dry_run_then_a_real_run_on_the_same_data_find_the_same_and_only_the_real_run_writes() throws Exception {
        // And an order canceled whose invoice number another branch's order shares.
        theRepairs(OmsOrders.invoiced("9-05", "951:Output").withStatus("canceled"));
        sentEarlier("9-05", "951", "Ativo");
        HeldServices.holds("9-99", "951", "Ativo");

        assertThat(reconcile()).as(console.toString()).isZero();
        long dry = lastExecution();
        assertThat(writes()).as("no POST, PUT or PATCH during the dry run").isEmpty();
        doReturn(false).when(settings).dryRun();
        assertThat(reconcile()).as(console.toString()).isEqualTo(7);
        long real = lastExecution();

        assertThat(outcomesOf(real)).containsExactlyInAnyOrder("9-01/901:IMPORTED:RECONCILED_MISSING", "9-02/921:REMOVED:CANCELED",
                "9-03/931:IMPORTED:RECONCILED_CHANGED", "9-04/941:ATTENTION:CANCELED", "9-05/951:ATTENTION:CANCELED");
        assertThat(outcomesOf(dry)).as("the dry run's prediction of the real run").containsExactlyInAnyOrderElementsOf(outcomesOf(real).stream()
                .map(row -> row.replace(":IMPORTED:RECONCILED_MISSING", ":WOULD_IMPORT:RECONCILED_MISSING").replace(":REMOVED:", ":WOULD_REMOVE:")
                        .replace(":IMPORTED:RECONCILED_CHANGED", ":WOULD_RESEND:RECONCILED_CHANGED")).toList());
        assertThat(detailOf(dry, "9-05")).as("the same judgement of a removal that would reach another order").isEqualTo(detailOf(real, "9-05"))
                .startsWith("VTEX Tracking holds 1 delivery service(s) of other orders under invoice 951");
        assertThat(writes()).as("the real run writes: the removal, the replacement, the missing send")
                .contains("PUT /receiver/services", "POST /receiver/services");
    }

    private String detailOf(long execution, String orderId) {
        return outcomes.rows(execution).stream().filter(row -> row.orderId().equals(orderId)).map(row -> row.detail()).findFirst().orElseThrow();
    }

    /**
     * The situations of {@link ReconcileRepairsTest}: 9-01 missing, 9-02 canceled while Ativo, 9-03 changed while
     * Ativo, 9-04 canceled once routed; the canceled ones are no longer listed. Get order knows {@code more} too.
     */
    private void theRepairs(Order... more) {
        List<Order> known = new ArrayList<>(List.of(OmsOrders.invoiced("9-01", "901:Output"),
                OmsOrders.invoiced("9-02", "921:Output").withStatus("canceled"), OmsOrders.invoiced("9-03", "931:Output"),
                OmsOrders.invoiced("9-04", "941:Output").withStatus("canceled")));
        known.addAll(List.of(more));
        OmsOrders.stub(vtex, List.of("9-01", "9-03"), known);
        sentEarlier("9-02", "921", "Ativo");
        sentEarlier("9-03", "931", "Ativo");
        sentEarlier("9-04", "941", "Roteirizado");
    }

    /** The ledger says this invoice was sent (in another version than today's), and Tracking holds it with this status. */
    private void sentEarlier(String orderId, String invoice, String status) {
        ledger.record(List.of(new Entry(new DeliveryServiceId(orderId, invoice, ""), EARLIER, true, "")));
        HeldServices.holds(orderId, invoice, status);
    }

    private List<Map<String, Object>> ledgerRows() {
        return jdbc.queryForList("SELECT * FROM TI_DELIVERY_LEDGER ORDER BY ORDER_ID");
    }

    /** What the application sent to VTEX (OMS or Tracking) that writes: Tracking's log-in is not one. */
    private static List<String> writes() {
        return vtex.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> List.of("POST", "PUT", "PATCH", "DELETE").contains(r.getMethod().getName()) && !r.getUrl().endsWith("/auth"))
                .map(r -> r.getMethod().getName() + " " + r.getUrl()).toList();
    }
}
