package com.trackingintegration.batch.reconcile;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trackingintegration.batch.JobTest;
import com.trackingintegration.http.ContractCheck;
import com.trackingintegration.http.ContractCheck.SpecMistake;
import com.trackingintegration.http.VtexContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * What the reconcile job tests share: the OMS on {@link JobTest}'s WireMock, VTEX Tracking with a memory
 * ({@link HeldServices}) on its own (JobTest's server passes it every Tracking request), and one window, ending an hour ago (so nativeImport reads it whole, and rows the
 * ledger writes now fall within its day of grace). Every Tracking exchange is validated against tracking.json and
 * every Get order answer against orders-api.json after each test. The database lives as long as the class: each test
 * starts with an empty ledger, no outcome and no waiting order. Each class has properties of its own: a Spring context
 * cached from another class would still point at that class's WireMock ports.
 */
abstract class ReconcileJobTest extends JobTest {

    static final Instant TO = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
    static final Instant FROM = TO.minus(1, ChronoUnit.DAYS);
    /** When the test orders were invoiced: inside the window. */
    static final Instant INVOICED = TO.minus(2, ChronoUnit.HOURS);
    /** The spec's own mistakes on routed sends, as adapters-tracking's TrackingWireMockTest documents them. */
    private static final List<SpecMistake> TRACKING_SPEC_MISTAKES = List.of(
            new SpecMistake("POST", "/services/routes", "validation.request.body.schema.additionalProperties", "deliveryServiceDate",
                    "the body schema requires a top-level deliveryServiceDate but defines it only inside deliveryServiceRoute"),
            new SpecMistake("POST", "/services/routes", "validation.request.body.schema.type", "allowed: [\"array\"]",
                    "deliveryService items reference the DeliveryService schema, itself an array: the spec asks for an array of arrays"),
            new SpecMistake("GET", "/services/invoice", "validation.response.status.unknown", "",
                    "the spec lists only 200 for GET /services/invoice, while every VTEX endpoint can answer 403 and 5xx"
                            + " (VTEX's 'How to load test a store'), which order --live must tell apart (OrderCommandTest)"),
            new SpecMistake("PUT", "/services", "validation.response.status.unknown", "",
                    "the spec lists only 200 for PUT /services, while Tracking refuses to remove a service no longer Ativo; adapters-tracking"
                            + " (VtexTrackingRemovalTest) reads that refusal as a 400 like POST /services's, and ReconcileRefusalsTest stubs it"));
    private static final Pattern INVOICE = Pattern.compile("\"invoiceOrderOfService\":\"([^\"]+)\"");

    @RegisterExtension
    static WireMockExtension tracking = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().extensions(new HeldServices())).build();

    @BeforeEach
    void emptyLedgerAndATrackingThatHoldsNothing() {
        jdbc.update("DELETE FROM TI_DELIVERY_LEDGER");
        jdbc.update("DELETE FROM TI_OUTCOME");
        jdbc.update("DELETE FROM TI_DEFERRED");
        HeldServices.clear();
        tracking.stubFor(post("/receiver/auth").willReturn(okJson("{\"authenticated\":true,\"expiration\":\""
                + Instant.now().plus(30, ChronoUnit.DAYS) + "\",\"accessToken\":\"tok\",\"message\":\"Authenticated\"}")));
        tracking.stubFor(WireMock.any(urlPathMatching("/receiver/services(/invoice)?")).willReturn(aResponse().withTransformers(HeldServices.NAME)));
        // The application talks to JobTest's server; its Tracking part is this one's.
        vtex.stubFor(WireMock.any(urlPathMatching("/receiver/.*")).willReturn(aResponse().proxiedFrom(tracking.baseUrl())));
    }

    @AfterEach
    void everyExchangeFollowsVtexSpecs() {
        ContractCheck.against(VtexContracts.TRACKING, TRACKING_SPEC_MISTAKES).assertServedExchangesValid(tracking);
        ContractCheck.against(VtexContracts.ORDERS_API, List.of(SpecMistake.UNLISTED_ERROR_STATUSES))
                .assertServedExchangesValid(vtex, path -> path.matches("/api/oms/pvt/orders/[^/]+"));
    }

    int reconcile() throws Exception {
        return start("reconcile", "from=" + FROM, "to=" + TO);
    }

    int nativeImport() throws Exception {
        return start("nativeImport", "from=" + FROM, "to=" + TO);
    }

    int restart(String job) throws Exception {
        return commands.restart(job, new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    /** Every invoice VTEX Tracking was sent, once per time it was sent. */
    static List<String> posted() {
        return tracking.findAll(postRequestedFor(urlPathEqualTo("/receiver/services"))).stream().map(LoggedRequest::getBodyAsString)
                .flatMap(body -> INVOICE.matcher(body).results().map(m -> m.group(1))).sorted().toList();
    }

    /** Every {@code PUT /services} body, as sent. */
    static List<String> removals() {
        return tracking.findAll(putRequestedFor(urlPathEqualTo("/receiver/services"))).stream().map(LoggedRequest::getBodyAsString).toList();
    }

    List<String> outcomesOf(long execution) {
        return outcomes.rows(execution).stream().map(r -> r.orderId() + "/" + r.invoiceNumber() + ":" + r.outcome() + ":" + r.reason()).toList();
    }

    String lastLine() {
        List<String> lines = console.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.stream().filter(line -> line.contains(" invoiced orders: ")).reduce((first, second) -> second).orElse("");
    }
}
