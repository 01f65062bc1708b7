package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trackingintegration.batch.JobTest;
import com.trackingintegration.http.ContractCheck;
import com.trackingintegration.http.ContractCheck.SpecMistake;
import com.trackingintegration.http.VtexContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The job tests of the NF-e rules: the OMS and VTEX Tracking on {@link JobTest}'s WireMock, the merchant's invoice host
 * on a second one, and a host that answers nothing until a test brings it up. Every Get order answer is validated
 * against orders-api.json after each test (the List orders page is {@link VtexStubs}' trimmed one, ids only).
 */
abstract class NfeJobTest extends JobTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<SpecMistake> SPEC_MISTAKES = List.of(SpecMistake.UNLISTED_ERROR_STATUSES,
            new SpecMistake("GET", "", "validation.response.body.schema.type", "deliveryWindow",
                    "the Get order schema types logisticsInfo[].deliveryWindow as a string; VTEX answers null or an object"
                            + " {startDateUtc, endDateUtc, price, lisPrice, tax}, as the spec's own examples and the checkout and"
                            + " external-order specs have it (vtex-apis.md, section 3 and open question 7)"));

    @RegisterExtension
    static WireMockExtension invoiceHost = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** A port nothing listens on (connections refused) until {@link #bringUpDownHost()}. */
    private final int downPort = freePort();
    private WireMockServer downHost;

    int start(String from, String to) throws Exception {
        return start("nativeImport", "from=" + from, "to=" + to);
    }

    int restart() throws Exception {
        return commands.restart("nativeImport", new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    /** The merchant's invoice host serves this file at /nfe/{invoice}.xml. */
    static String served(String invoice, String body) {
        invoiceHost.stubFor(get("/nfe/" + invoice + ".xml").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/xml").withBody(body)));
        return invoiceHost.baseUrl() + "/nfe/" + invoice + ".xml";
    }

    /** The invoice host answers this status at /nfe/{invoice}.xml. */
    static String answering(String invoice, int status) {
        invoiceHost.stubFor(get("/nfe/" + invoice + ".xml").willReturn(aResponse().withStatus(status)));
        return invoiceHost.baseUrl() + "/nfe/" + invoice + ".xml";
    }

    /** A link to the host that refuses connections; {@link #bringUpDownHost()} then serves it the NF-e. */
    String onDownHost(String invoice) {
        return "http://127.0.0.1:" + downPort + "/nfe/" + invoice + ".xml";
    }

    /** The down host comes up, serving a good NF-e of the main branch for each of these invoices. */
    void bringUpDownHost(String... invoices) {
        downHost = new WireMockServer(wireMockConfig().port(downPort));
        downHost.start();
        for (String invoice : invoices) {
            downHost.stubFor(get(urlEqualTo("/nfe/" + invoice + ".xml")).willReturn(aResponse().withStatus(200)
                    .withBody(NfeStubs.nfe(invoice, NfeStubs.MAIN_BRANCH, NfeStubs.CARRIER, Optional.empty()))));
        }
    }

    /** Every delivery service VTEX Tracking was sent, as sent. */
    static List<JsonNode> received() {
        return vtex.findAll(postRequestedFor(urlEqualTo("/receiver/services"))).stream().map(LoggedRequest::getBodyAsString)
                .map(JSON::readTree).flatMap(body -> StreamSupport.stream(body.spliterator(), false)).toList();
    }

    /** How many times each invoice was sent to VTEX Tracking. */
    static Map<String, Long> receivedPerInvoice() {
        return received().stream().map(service -> service.get("invoiceOrderOfService").asString())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    static JsonNode receivedFor(String invoice) {
        return received().stream().filter(service -> service.get("invoiceOrderOfService").asString().equals(invoice))
                .findFirst().orElseThrow(() -> new AssertionError("VTEX Tracking never got invoice " + invoice));
    }

    List<String> outcomesOf(long execution) {
        return outcomes.rows(execution).stream().map(r -> r.orderId() + "/" + r.invoiceNumber() + ":" + r.outcome() + ":" + r.reason()).toList();
    }

    List<String> ledgerOrders() {
        return jdbc.queryForList("SELECT ORDER_ID FROM TI_DELIVERY_LEDGER ORDER BY ORDER_ID", String.class);
    }

    /**
     * The classes' tests share a database: an order one test left waiting (as it does when a protection is removed)
     * would be read again by the next test's run, against stubs that no longer know it.
     */
    @BeforeEach
    void noOrderLeftWaiting() {
        jdbc.update("DELETE FROM TI_DEFERRED");
    }

    @AfterEach
    void everyOmsAnswerFollowsTheSpecAndTheDownHostStops() {
        if (downHost != null) {
            downHost.stop();
        }
        ContractCheck.against(VtexContracts.ORDERS_API, SPEC_MISTAKES).assertServedExchangesValid(vtex, path -> path.matches("/api/oms/pvt/orders/[^/]+"));
    }

    private static int freePort() {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
