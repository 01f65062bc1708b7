package com.trackingintegration.batch.externalimport;

import com.trackingintegration.batch.JobTest;
import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.cli.OperatorCommandLine;
import com.trackingintegration.batch.db.TestDatabase;
import com.trackingintegration.batch.nativeimport.VtexStubs;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.badRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No external order is trapped in a state it cannot leave: a send VTEX Tracking refused is tried again by the next
 * run, a FAILED order is put back on its way by {@code reset-external}, and what the report says is what is stored.
 */
@SpringBootTest(properties = {"integration.chunk-size=3", "integration.affiliate-id=TRK", "integration.sales-channel=1"})
class ExternalOrderRecoveryTest extends JobTest {

    /** What the operator's command line prints (the real command line, as {@code java -jar ... reset-external} runs it). */
    private static final ByteArrayOutputStream OPERATOR_CONSOLE = new ByteArrayOutputStream();

    @TestConfiguration
    static class OperatorConsole {
        @Bean(destroyMethod = "")
        @Primary
        PrintStream operatorConsole() {
            return new PrintStream(OPERATOR_CONSOLE, true, StandardCharsets.UTF_8);
        }
    }

    @Autowired
    private OperatorCommandLine commandLine;
    @Autowired
    private DataSource dataSource;

    @BeforeEach
    void vtexTakesEveryStep() {
        VtexStubs.externalOrdersTakeEveryStep(vtex);
    }

    @Test
    void an_invoice_vtex_tracking_refused_is_sent_again_by_the_next_run_and_arrives_once() throws Exception {
        // given three orders, and VTEX Tracking refusing one of them
        erpFile("orders-refused.jsonl", "ERP-3001", "330001", "ERP-3002", "330002", "ERP-3003", "330003");
        StubMapping refusing = vtex.stubFor(post("/receiver/services").withRequestBody(containing(invoice("330001"))).atPriority(1)
                .willReturn(badRequest()));

        // when
        assertThat(start("externalImport")).as(console.toString()).isZero();

        // then the report says REJECTED, and the order waits for the next run instead of ending
        assertThat(reported("TRK-ERP-300")).containsExactlyInAnyOrder("TRK-ERP-3001:REJECTED:REFUSED_BY_TRACKING",
                "TRK-ERP-3002:IMPORTED:READY", "TRK-ERP-3003:IMPORTED:READY");
        assertThat(state("TRK-ERP-3001")).isEqualTo("TRACKING_RETRY");
        assertThat(acceptedSends("330001")).isZero();

        // when VTEX Tracking takes it, on the next run, and one more run follows
        vtex.removeStub(refusing);
        assertThat(start("externalImport")).as(console.toString()).isZero();
        assertThat(reported("TRK-ERP-300")).containsExactly("TRK-ERP-3001:IMPORTED:READY");
        assertThat(start("externalImport")).as(console.toString()).isZero();

        // then it arrived, once, and its OMS steps were not repeated
        assertThat(state("TRK-ERP-3001")).isEqualTo("SENT_TO_TRACKING");
        assertThat(acceptedSends("330001")).isOne();
        assertThat(acceptedSends("330002")).isOne();
        vtex.verify(1, postRequestedFor(urlPathEqualTo("/api/oms/pvt/orders/TRK-ERP-3001/invoice")));
    }

    @Test
    void an_oms_refusal_quoting_the_customer_back_is_reported_and_kept_with_her_data_masked() throws Exception {
        // given the OMS refusing to place an order, its answer quoting the customer back (the example's, whose CPF
        // erpFile turns into 88000178909 with the invoice number)
        erpFile("orders-echo.jsonl", "ERP-8001", "880001");
        vtex.stubFor(post(urlPathEqualTo("/api/fulfillment/pvt/orders")).atPriority(1).withRequestBody(containing("ERP-8001"))
                .willReturn(badRequest().withBody("{\"error\":{\"message\":\"clientProfileData invalid: Ana Silva, document 88000178909,"
                        + " ana@example.com, +5521999999999\"}}")));

        // when
        assertThat(start("externalImport")).as(console.toString()).isZero();

        // then the report and the stored state keep VTEX's words, not the customer's data
        List<String> details = List.of(outcomes.rows(lastExecution()).stream().filter(r -> r.orderId().equals("TRK-ERP-8001"))
                .findFirst().orElseThrow().detail(), jdbc.queryForObject("SELECT WAITING_FOR FROM TI_EXTERNAL_ORDER WHERE OMS_ORDER_ID = ?",
                String.class, "TRK-ERP-8001"));
        assertThat(details).allSatisfy(detail -> assertThat(detail).contains("clientProfileData invalid")
                .doesNotContain("Ana").doesNotContain("Silva").doesNotContain("88000178909").doesNotContain("ana@example.com")
                .doesNotContain("21999999999"));
        assertThat(state("TRK-ERP-8001")).isEqualTo("FAILED");
    }

    @Test
    void reset_external_puts_a_failed_order_back_to_its_last_good_step_and_the_next_run_goes_on_from_there() throws Exception {
        // given the OMS refusing an order's invoice
        erpFile("orders-failed.jsonl", "ERP-4001", "440001");
        StubMapping refusing = vtex.stubFor(post(urlPathEqualTo("/api/oms/pvt/orders/TRK-ERP-4001/invoice")).atPriority(1)
                .willReturn(badRequest().withBody("{\"error\":{\"message\":\"invoice value does not match the order\"}}")));
        assertThat(start("externalImport")).as(console.toString()).isZero();
        assertThat(reported("TRK-ERP-400")).containsExactly("TRK-ERP-4001:REJECTED:REFUSED_BY_OMS");
        assertThat(state("TRK-ERP-4001")).isEqualTo("FAILED");

        // when the cause is fixed and the operator resets it
        vtex.removeStub(refusing);
        assertThat(operator("reset-external", "ERP-4001")).isEqualTo(ExitCodes.COMPLETED);

        // then it is back at the step it had reached, and the next run takes it on from there, repeating no step
        assertThat(operatorLines()).containsExactly(
                "TRK-ERP-4001 (ERP order ERP-4001): from FAILED back to HANDLING_STARTED; the next externalImport run goes on from there");
        assertThat(state("TRK-ERP-4001")).isEqualTo("HANDLING_STARTED");
        assertThat(start("externalImport")).as(console.toString()).isZero();
        assertThat(state("TRK-ERP-4001")).isEqualTo("SENT_TO_TRACKING");
        assertThat(acceptedSends("440001")).isOne();
        vtex.verify(1, postRequestedFor(urlPathEqualTo("/api/fulfillment/pvt/orders")).withRequestBody(containing("ERP-4001")));
        vtex.verify(1, postRequestedFor(urlPathEqualTo("/api/fulfillment/pvt/orders/TRK-ERP-4001/fulfill")));
        vtex.verify(1, postRequestedFor(urlEqualTo("/api/oms/pvt/orders/TRK-ERP-4001/start-handling")));
        vtex.verify(2, postRequestedFor(urlPathEqualTo("/api/oms/pvt/orders/TRK-ERP-4001/invoice")));
    }

    @Test
    void an_order_whose_stored_data_no_longer_passes_is_reported_and_stored_failed_at_the_step_it_had_reached() throws Exception {
        // given an order waiting out its cancellation window, whose data then stops passing (a stricter version, say)
        erpFile("orders-invalid.jsonl", "ERP-7001", "770001");
        vtex.stubFor(post("/api/oms/pvt/orders/TRK-ERP-7001/start-handling").atPriority(1)
                .willReturn(aResponse().withStatus(409).withBody("{\"error\":{\"code\":\"OMS003\",\"message\":\"Order status should be ready-for-handling\"}}")));
        assertThat(start("externalImport")).as(console.toString()).isZero();
        String stored = jdbc.queryForObject("SELECT ERP_ORDER FROM TI_EXTERNAL_ORDER WHERE OMS_ORDER_ID = 'TRK-ERP-7001'", String.class);
        jdbc.update("UPDATE TI_EXTERNAL_ORDER SET ERP_ORDER = ? WHERE OMS_ORDER_ID = 'TRK-ERP-7001'",
                stored.replace("\"state\":\"RJ\"", "\"state\":\"Rio\""));

        // when
        assertThat(start("externalImport")).as(console.toString()).isZero();

        // then the report and the stored state say the same, and the step reached is kept for reset-external
        assertThat(reported("TRK-ERP-700")).containsExactly("TRK-ERP-7001:REJECTED:INVALID_DATA");
        assertThat(state("TRK-ERP-7001")).isEqualTo("FAILED");
        assertThat(operator("reset-external", "ERP-7001")).isEqualTo(ExitCodes.COMPLETED);
        assertThat(state("TRK-ERP-7001")).isEqualTo("DISPATCH_AUTHORIZED");
    }

    @Test
    void reset_external_refuses_an_unknown_order_and_one_that_is_not_failed_in_one_line() throws Exception {
        erpFile("orders-sent.jsonl", "ERP-6001", "660001");
        assertThat(start("externalImport")).as(console.toString()).isZero();

        assertThat(operator("reset-external", "ERP-6001")).isEqualTo(ExitCodes.USAGE);
        assertThat(operatorLines()).containsExactly("TRK-ERP-6001 (ERP order ERP-6001) is SENT_TO_TRACKING, not FAILED: nothing to reset");
        assertThat(state("TRK-ERP-6001")).isEqualTo("SENT_TO_TRACKING");

        assertThat(operator("reset-external", "ERP-NOPE")).isEqualTo(ExitCodes.USAGE);
        assertThat(operatorLines()).containsExactly("no external order TRK-ERP-NOPE (ERP order ERP-NOPE): nothing to reset");
    }

    @Test
    void an_order_an_older_version_ended_skipped_after_a_tracking_refusal_is_sent_again_after_the_upgrade() throws Exception {
        // given what an older version left: both orders SKIPPED, the first after VTEX Tracking refused it
        erpFile("orders-legacy.jsonl", "ERP-5001", "550001", "ERP-5002", "550002");
        vtex.stubFor(post("/receiver/services").atPriority(1).willReturn(badRequest()));
        assertThat(start("externalImport")).as(console.toString()).isZero();
        jdbc.update("UPDATE TI_EXTERNAL_ORDER SET STATE = 'SKIPPED' WHERE OMS_ORDER_ID IN ('TRK-ERP-5001', 'TRK-ERP-5002')");
        jdbc.update("DELETE FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = 'TRK-ERP-5002'");
        vtex.resetAll();
        vtexTakesEveryStep();

        // when the new version starts on that database (made before Flyway: the migrations run again over its tables)
        TestDatabase.forgetMigrations(dataSource);
        TestDatabase.migrate(dataSource);
        assertThat(start("externalImport")).as(console.toString()).isZero();

        // then the refused one is sent, the one the rules left out stays out
        assertThat(acceptedSends("550001")).isOne();
        assertThat(state("TRK-ERP-5001")).isEqualTo("SENT_TO_TRACKING");
        assertThat(state("TRK-ERP-5002")).isEqualTo("SKIPPED_BY_RULE");
        assertThat(acceptedSends("550002")).isZero();
    }

    /** An ERP file of the documented example's first order, once per id and invoice number given. */
    private static void erpFile(String name, String... idsAndInvoices) throws Exception {
        String example = Files.readString(Path.of("..", "docs", "examples", "orders-example.jsonl")).lines().findFirst().orElseThrow();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < idsAndInvoices.length; i += 2) {
            lines.append(example.replace("ERP-1001", idsAndInvoices[i]).replace("123456", idsAndInvoices[i + 1])).append('\n');
        }
        Files.createDirectories(INBOX);
        Files.writeString(INBOX.resolve(name), lines);
    }

    private static String invoice(String number) {
        return "\"invoiceOrderOfService\":\"" + number + "\"";
    }

    /** Delivery services VTEX Tracking took (answered 200) for this invoice, over every run. */
    private static long acceptedSends(String invoiceNumber) {
        return vtex.getAllServeEvents().stream().filter(event -> event.getResponse().getStatus() == 200).map(ServeEvent::getRequest)
                .filter(request -> request.getMethod().getName().equals("POST") && request.getUrl().equals("/receiver/services"))
                .filter(request -> request.getBodyAsString().contains(invoice(invoiceNumber)))
                .count();
    }

    private String state(String omsOrderId) {
        return jdbc.queryForObject("SELECT STATE FROM TI_EXTERNAL_ORDER WHERE OMS_ORDER_ID = ?", String.class, omsOrderId);
    }

    /** The last run's outcomes of this test's orders (the tests share a database; each has its own order ids). */
    private List<String> reported(String orderIdPrefix) {
        return outcomes.rows(lastExecution()).stream().filter(r -> r.orderId().startsWith(orderIdPrefix))
                .map(r -> r.orderId() + ":" + r.outcome() + ":" + r.reason()).collect(Collectors.toList());
    }

    private int operator(String... arguments) {
        OPERATOR_CONSOLE.reset();
        commandLine.run(new DefaultApplicationArguments(arguments));
        return commandLine.getExitCode();
    }

    private static List<String> operatorLines() {
        return OPERATOR_CONSOLE.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
