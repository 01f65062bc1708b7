package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.nativeimport.NfeStubs.NfeOrder;
import com.trackingintegration.batch.nativeimport.NfeStubs.Place;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.trackingintegration.batch.nativeimport.NfeStubs.CARRIER;
import static com.trackingintegration.batch.nativeimport.NfeStubs.MAIN_BRANCH;
import static com.trackingintegration.batch.nativeimport.NfeStubs.nfe;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * nativeImport with {@code integration.invoice-file-required=true}: a file that cannot be had or read is that invoice's
 * outcome, the run goes on; every fetch of a chunk failing to reach its host is the run's failure, restartable, with
 * nothing of the chunk recorded; one host down among others defers its invoice to the next run.
 */
@SpringBootTest(properties = {"integration.chunk-size=2", "integration.invoice-file-required=true"})
class NativeImportRequiredNfeTest extends NfeJobTest {

    private static final Place ENTREGA = new Place("Rua das Entregas", "42", "Botafogo", "Rio de Janeiro", "RJ", "22250040");

    @Test
    void a_hostile_or_missing_file_is_that_invoices_outcome_and_the_good_ones_go_with_the_nfes_carrier_issuer_and_place() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(
                new NfeOrder("11-01", "1101", served("1101", nfe("1101", MAIN_BRANCH, CARRIER, Optional.of(ENTREGA)))),
                new NfeOrder("12-01", "1201", served("1201", NfeStubs.BILLION_LAUGHS)),
                new NfeOrder("13-01", "1301", answering("1301", 404)),
                new NfeOrder("14-01", "1401", served("1401", NfeStubs.truncated("1401"))),
                new NfeOrder("15-01", "1501", served("1501", nfe("1501", MAIN_BRANCH, CARRIER, Optional.empty())))));

        assertThat(start("2026-11-26T00:00:00Z", "2026-11-27T00:00:00Z")).as(console.toString()).isEqualTo(ExitCodes.COMPLETED);

        long run = lastExecution();
        assertThat(outcomesOf(run)).containsExactlyInAnyOrder("11-01/1101:IMPORTED:READY", "12-01/1201:REJECTED:INVOICE_FILE_UNREADABLE",
                "13-01/1301:SKIPPED:INVOICE_FILE_MISSING", "14-01/1401:REJECTED:INVOICE_FILE_UNREADABLE", "15-01/1501:IMPORTED:READY");
        assertThat(outcomes.rows(run)).filteredOn(r -> r.orderId().equals("12-01")).singleElement()
                .satisfies(r -> assertThat(r.detail()).contains("DOCTYPE"));
        assertThat(outcomes.rows(run)).filteredOn(r -> r.orderId().equals("13-01")).singleElement()
                .satisfies(r -> assertThat(r.detail()).isEqualTo("host localhost answered 404"));
        assertThat(receivedPerInvoice()).isEqualTo(Map.of("1101", 1L, "1501", 1L));

        JsonNode withEntrega = receivedFor("1101");
        assertThat(withEntrega.get("cnpjcarrier").asString()).isEqualTo(CARRIER);
        assertThat(withEntrega.get("cnpjbranch").asString()).isEqualTo(MAIN_BRANCH);
        assertThat(withEntrega.at("/shipperCustomer/addressStreet").asString()).as("entrega wins over the OMS address").isEqualTo("Rua das Entregas");
        assertThat(withEntrega.at("/shipperCustomer/addressNumber").asString()).isEqualTo("42");
        assertThat(withEntrega.at("/shipperCustomer/postalCode").asString()).isEqualTo("22250-040");
        assertThat(receivedFor("1501").at("/shipperCustomer/addressStreet").asString()).as("no entrega: the OMS address")
                .isEqualTo("Avenida das Americas");
    }

    @Test
    void a_chunk_whose_every_nfe_host_is_unreachable_fails_the_run_recording_nothing_of_it_and_the_restart_imports_each_invoice_once()
            throws Exception {
        VtexStubs.tracking(vtex);
        List<NfeOrder> orders = List.of(
                new NfeOrder("21-01", "2101", served("2101", nfe("2101", MAIN_BRANCH, CARRIER, Optional.empty()))),
                new NfeOrder("22-01", "2201", served("2201", nfe("2201", MAIN_BRANCH, CARRIER, Optional.empty()))),
                new NfeOrder("23-01", "2301", answering("2301", 503)),
                new NfeOrder("24-01", "2401", onDownHost("2401")),
                new NfeOrder("25-01", "2501", served("2501", nfe("2501", MAIN_BRANCH, CARRIER, Optional.empty()))));
        VtexStubs.oms(vtex, orders);

        assertThat(start("2026-11-26T00:00:00Z", "2026-11-27T00:00:00Z")).as(console.toString()).isEqualTo(ExitCodes.FAILED);

        long failed = lastExecution();
        assertThat(console.toString()).contains("none of the 2 NF-e XML fetches of this batch of 2 orders reached its host")
                .contains("fix the cause, then: restart");
        assertThat(outcomesOf(failed)).as("the chunk before is recorded, nothing of the failed one")
                .containsExactlyInAnyOrder("21-01/2101:IMPORTED:READY", "22-01/2201:IMPORTED:READY");
        assertThat(ledgerOrders()).doesNotContain("23-01", "24-01");
        assertThat(receivedPerInvoice()).isEqualTo(Map.of("2101", 1L, "2201", 1L));

        served("2301", nfe("2301", MAIN_BRANCH, CARRIER, Optional.empty()));
        bringUpDownHost("2401");
        assertThat(restart()).as(console.toString()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(receivedPerInvoice()).as("each invoice sent once over both runs")
                .isEqualTo(Map.of("2101", 1L, "2201", 1L, "2301", 1L, "2401", 1L, "2501", 1L));
        assertThat(jdbc.queryForList("SELECT DISTINCT ORDER_ID FROM TI_OUTCOME WHERE OUTCOME = 'IMPORTED' AND ORDER_ID LIKE '2_-01'", String.class))
                .containsExactlyInAnyOrder("21-01", "22-01", "23-01", "24-01", "25-01");
    }

    @Test
    void one_host_down_among_reachable_ones_defers_its_invoice_until_a_run_finds_the_host_back_and_imports_it_once() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(
                new NfeOrder("31-01", "3101", served("3101", nfe("3101", MAIN_BRANCH, CARRIER, Optional.empty()))),
                new NfeOrder("32-01", "3201", onDownHost("3201")),
                new NfeOrder("33-01", "3301", served("3301", nfe("3301", MAIN_BRANCH, CARRIER, Optional.empty())))));

        assertThat(start("2026-11-26T00:00:00Z", "2026-11-27T00:00:00Z")).as(console.toString()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(outcomesOf(lastExecution())).containsExactlyInAnyOrder("31-01/3101:IMPORTED:READY",
                "32-01/3201:DEFERRED:INVOICE_FILE_UNAVAILABLE", "33-01/3301:IMPORTED:READY");
        assertThat(receivedPerInvoice()).isEqualTo(Map.of("3101", 1L, "3301", 1L));

        VtexStubs.oms(vtex, List.of());
        assertThat(start("2026-11-27T00:00:00Z", "2026-11-28T00:00:00Z")).as("alone in its batch, its host still down: "
                + "it waits again, and the run is not stopped for it " + console).isEqualTo(ExitCodes.COMPLETED);
        assertThat(outcomesOf(lastExecution())).containsExactly("32-01/3201:DEFERRED:INVOICE_FILE_UNAVAILABLE");

        bringUpDownHost("3201");
        assertThat(start("2026-11-28T00:00:00Z", "2026-11-29T00:00:00Z")).as(console.toString()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(outcomesOf(lastExecution())).as("the waiting order, read again on the next run").containsExactly("32-01/3201:IMPORTED:READY");
        assertThat(receivedPerInvoice()).isEqualTo(Map.of("3101", 1L, "3201", 1L, "3301", 1L));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM TI_DEFERRED", Integer.class)).isZero();
    }
}
