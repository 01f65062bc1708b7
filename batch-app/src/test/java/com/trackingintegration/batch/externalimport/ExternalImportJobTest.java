package com.trackingintegration.batch.externalimport;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.trackingintegration.batch.JobTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.convention.TestBean;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * externalImport end to end: ERP files in a real inbox, WireMock for the OMS and VTEX Tracking, a fresh database;
 * progress after every chunk, on the application's console.
 */
@SpringBootTest(properties = {"integration.chunk-size=2", "integration.affiliate-id=TRK", "integration.sales-channel=1",
        "integration.progress-interval=0s"})
class ExternalImportJobTest extends JobTest {

    private static final ByteArrayOutputStream APPLICATION_CONSOLE = new ByteArrayOutputStream();

    /** The console the progress lines go to (System.out in the application). */
    @TestBean(name = "console")
    PrintStream applicationConsole;

    static PrintStream applicationConsole() {
        return new PrintStream(APPLICATION_CONSOLE, true, StandardCharsets.UTF_8);
    }

    private int run() throws Exception {
        return start("externalImport");
    }

    private String state(String omsOrderId) {
        return jdbc.queryForObject("SELECT STATE FROM TI_EXTERNAL_ORDER WHERE OMS_ORDER_ID = ?", String.class, omsOrderId);
    }

    private static void stubVtex() {
        vtex.stubFor(get(urlEqualTo("/api/oms/pvt/orders?per_page=1")).willReturn(okJson("{\"list\":[],\"facets\":[],\"paging\":{},\"stats\":{}}")));
        vtex.stubFor(post("/receiver/auth").willReturn(okJson("{\"authenticated\":true,\"expiration\":\""
                + Instant.now().plus(30, ChronoUnit.DAYS) + "\",\"accessToken\":\"tok\"}")));
        vtex.stubFor(post("/receiver/services").willReturn(ok()));
        vtex.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders/TRK-ERP-1001")).willReturn(notFound()));
        vtex.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders/TRK-ERP-1002")).willReturn(notFound()));
        vtex.stubFor(post(urlPathEqualTo("/api/fulfillment/pvt/orders")).willReturn(okJson("{\"status\":\"success\"}")));
        vtex.stubFor(post(urlPathEqualTo("/api/fulfillment/pvt/orders/TRK-ERP-1001/fulfill")).willReturn(okJson("{}").withStatus(201)));
        vtex.stubFor(post(urlPathEqualTo("/api/fulfillment/pvt/orders/TRK-ERP-1002/fulfill")).willReturn(okJson("{}").withStatus(201)));
        vtex.stubFor(post("/api/oms/pvt/orders/TRK-ERP-1001/start-handling").willReturn(aResponse().withStatus(204)));
        vtex.stubFor(post("/api/oms/pvt/orders/TRK-ERP-1002/start-handling").inScenario("window").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(409).withBody("{\"error\":{\"code\":\"OMS003\",\"message\":\"Order status should be ready-for-handling\"}}"))
                .willSetStateTo("window over"));
        vtex.stubFor(post("/api/oms/pvt/orders/TRK-ERP-1002/start-handling").inScenario("window").whenScenarioStateIs("window over")
                .willReturn(aResponse().withStatus(204)));
        vtex.stubFor(post(urlPathEqualTo("/api/oms/pvt/orders/TRK-ERP-1001/invoice")).willReturn(okJson("{\"receipt\":\"r1\"}")));
        vtex.stubFor(post(urlPathEqualTo("/api/oms/pvt/orders/TRK-ERP-1002/invoice")).willReturn(okJson("{\"receipt\":\"r2\"}")));
    }

    @Test
    void erp_orders_go_through_the_four_oms_steps_into_tracking_and_one_waits_out_its_cancellation_window() throws Exception {
        Files.createDirectories(INBOX);
        String example = Files.readString(Path.of("..", "docs", "examples", "orders-example.jsonl"));
        Files.writeString(INBOX.resolve("orders-1.jsonl"), example + "{\"erpOrderId\":\"ERP-BAD\"}\n");
        stubVtex();

        assertThat(run()).as(console.toString()).isZero();

        assertThat(state("TRK-ERP-1001")).isEqualTo("SENT_TO_TRACKING");
        assertThat(state("TRK-ERP-1002")).isEqualTo("DISPATCH_AUTHORIZED");
        vtex.verify(1, postRequestedFor(urlEqualTo("/receiver/services")).withRequestBody(containing("\"invoiceOrderOfService\":\"123456\"")));
        assertThat(INBOX.resolve("processed/orders-1.jsonl")).exists();
        assertThat(INBOX.resolve("processed/orders-1.jsonl.rejects.csv")).content().contains("orders-1.jsonl,3,");
        long first = lastExecution();
        assertThat(outcomes.rows(first)).extracting(r -> r.orderId() + ":" + r.outcome() + ":" + r.reason())
                .containsExactlyInAnyOrder("TRK-ERP-1001:IMPORTED:READY", "TRK-ERP-1002:DEFERRED:OMS_NOT_READY", "orders-1.jsonl:3:REJECTED:INVALID_DATA");

        assertThat(run()).as(console.toString()).isZero();

        assertThat(state("TRK-ERP-1002")).isEqualTo("SENT_TO_TRACKING");
        assertThat(APPLICATION_CONSOLE.toString(StandardCharsets.UTF_8)).as("progress in both steps, the advance's items processed in parallel")
                .contains("  ... externalFiles: ", "  ... externalAdvance: ");
        vtex.verify(1, postRequestedFor(urlEqualTo("/receiver/services")).withRequestBody(containing("\"invoiceOrderOfService\":\"123457\"")));
        vtex.verify(2, postRequestedFor(urlPathEqualTo("/api/fulfillment/pvt/orders")));
        vtex.verify(1, postRequestedFor(urlPathEqualTo("/api/fulfillment/pvt/orders/TRK-ERP-1001/fulfill")));
        vtex.verify(1, postRequestedFor(urlPathEqualTo("/api/fulfillment/pvt/orders/TRK-ERP-1002/fulfill")));
        vtex.verify(1, postRequestedFor(urlEqualTo("/api/oms/pvt/orders/TRK-ERP-1001/start-handling")));
        vtex.verify(2, postRequestedFor(urlEqualTo("/api/oms/pvt/orders/TRK-ERP-1002/start-handling")));
        vtex.verify(1, postRequestedFor(urlPathEqualTo("/api/oms/pvt/orders/TRK-ERP-1002/invoice")));
        vtex.verify(2, postRequestedFor(urlPathEqualTo("/receiver/services")));
        // The "does the OMS already have it" look-up is made once per order, before placing it; an OMS003 is read on
        // the order once more, to tell "still in its cancellation window" from "handling already started".
        vtex.verify(1, getRequestedFor(urlPathEqualTo("/api/oms/pvt/orders/TRK-ERP-1001")));
        vtex.verify(2, getRequestedFor(urlPathEqualTo("/api/oms/pvt/orders/TRK-ERP-1002")));
    }
}
