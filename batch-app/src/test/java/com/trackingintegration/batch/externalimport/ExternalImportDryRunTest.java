package com.trackingintegration.batch.externalimport;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.trackingintegration.batch.JobTest;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.store.JdbcOutcomes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

/**
 * {@code --integration.dry-run=true} on externalImport: an ERP file read and judged, then the same inbox run for real.
 * The dry run places nothing in the OMS, sends nothing to Tracking, registers and advances no order, moves no file
 * and writes no rejects file; the real run that follows imports everything, nothing lost for the dry run before it.
 */
@SpringBootTest(properties = {"integration.chunk-size=2", "integration.affiliate-id=TRK", "integration.sales-channel=1"})
class ExternalImportDryRunTest extends JobTest {

    @MockitoSpyBean
    Settings settings;

    private static void stubVtex() {
        vtex.stubFor(get(urlEqualTo("/api/oms/pvt/orders?per_page=1")).willReturn(okJson("{\"list\":[],\"facets\":[],\"paging\":{},\"stats\":{}}")));
        vtex.stubFor(post("/receiver/auth").willReturn(okJson("{\"authenticated\":true,\"expiration\":\""
                + Instant.now().plus(30, ChronoUnit.DAYS) + "\",\"accessToken\":\"tok\"}")));
        vtex.stubFor(post("/receiver/services").willReturn(ok()));
        for (String id : List.of("TRK-ERP-1001", "TRK-ERP-1002")) {
            vtex.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders/" + id)).willReturn(notFound()));
            vtex.stubFor(post(urlPathEqualTo("/api/fulfillment/pvt/orders/" + id + "/fulfill")).willReturn(okJson("{}").withStatus(201)));
            vtex.stubFor(post(urlPathEqualTo("/api/oms/pvt/orders/" + id + "/invoice")).willReturn(okJson("{\"receipt\":\"r\"}")));
        }
        vtex.stubFor(post(urlPathEqualTo("/api/fulfillment/pvt/orders")).willReturn(okJson("{\"status\":\"success\"}")));
        vtex.stubFor(post("/api/oms/pvt/orders/TRK-ERP-1002/start-handling").willReturn(aResponse().withStatus(204)));
        // Order 1001 is in its cancellation window on the first run: it waits, DISPATCH_AUTHORIZED, in TI_EXTERNAL_ORDER.
        vtex.stubFor(post("/api/oms/pvt/orders/TRK-ERP-1001/start-handling").inScenario("window").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(409).withBody("{\"error\":{\"code\":\"OMS003\",\"message\":\"Order status should be ready-for-handling\"}}"))
                .willSetStateTo("window over"));
        vtex.stubFor(post("/api/oms/pvt/orders/TRK-ERP-1001/start-handling").inScenario("window").whenScenarioStateIs("window over")
                .willReturn(aResponse().withStatus(204)));
    }

    private static List<String> outcomesOf(List<JdbcOutcomes.Row> rows) {
        return rows.stream().map(r -> r.orderId() + ":" + r.outcome() + ":" + r.reason()).sorted().toList();
    }

    @Test
    void a_dry_run_reads_and_judges_the_erp_file_and_the_waiting_order_writes_nothing_and_the_real_run_after_it_imports_everything() throws Exception {
        Files.createDirectories(INBOX);
        List<String> example = Files.readString(Path.of("..", "docs", "examples", "orders-example.jsonl")).lines().toList();
        Files.writeString(INBOX.resolve("orders-1.jsonl"), example.get(0) + "\n");
        stubVtex();
        assertThat(start("externalImport")).as(console.toString()).isZero();
        assertThat(outcomesOf(outcomes.rows(lastExecution()))).containsExactly("TRK-ERP-1001:DEFERRED:OMS_NOT_READY");

        Files.writeString(INBOX.resolve("orders-2.jsonl"), example.get(1) + "\n{\"erpOrderId\":\"ERP-BAD\"}\n");
        var before = rowsOf("TI_EXTERNAL_ORDER", "TI_LEDGER", "TI_DELIVERY_LEDGER");
        vtex.resetRequests();
        doReturn(true).when(settings).dryRun();

        assertThat(start("externalImport")).as(console.toString()).isZero();

        long dry = lastExecution();
        assertNothingWrittenToVtex();
        assertThat(rowsOf("TI_EXTERNAL_ORDER", "TI_LEDGER", "TI_DELIVERY_LEDGER")).isEqualTo(before);
        assertThat(INBOX.resolve("orders-2.jsonl")).as("the file stays in the inbox").exists();
        assertThat(INBOX.resolve("orders-2.jsonl.rejects.csv")).doesNotExist();
        assertThat(outcomesOf(outcomes.rows(dry))).containsExactly("TRK-ERP-1001:WOULD_IMPORT:READY", "TRK-ERP-1002:WOULD_IMPORT:READY",
                "orders-2.jsonl:2:REJECTED:INVALID_DATA");
        assertThat(outcomes.rows(dry)).extracting(JdbcOutcomes.Row::detail)
                .contains("would be placed in the OMS and sent to VTEX Tracking once invoiced")
                .anySatisfy(detail -> assertThat(detail).startsWith("next OMS step: its handling started"));

        doReturn(false).when(settings).dryRun();
        assertThat(start("externalImport")).as(console.toString()).isZero();

        assertThat(outcomesOf(outcomes.rows(lastExecution()))).as("everything imported: the dry run lost nothing")
                .containsExactly("TRK-ERP-1001:IMPORTED:READY", "TRK-ERP-1002:IMPORTED:READY", "orders-2.jsonl:2:REJECTED:INVALID_DATA");
        assertThat(INBOX.resolve("processed/orders-2.jsonl")).exists();
        assertThat(INBOX.resolve("processed/orders-2.jsonl.rejects.csv")).content().contains("orders-2.jsonl,2,");
    }
}
