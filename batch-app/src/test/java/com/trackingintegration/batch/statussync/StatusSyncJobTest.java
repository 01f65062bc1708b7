package com.trackingintegration.batch.statussync;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.trackingintegration.batch.JobTest;
import com.trackingintegration.http.ContractCheck;
import com.trackingintegration.http.ContractCheck.SpecMistake;
import com.trackingintegration.http.VtexContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * statusSync end to end: VTEX Tracking's statuses told to the OMS, each change once, each query once per six hours,
 * every invoice with its whole timeline. The database lives as long as the class: each test uses its own invoices.
 */
@SpringBatchTest
@SpringBootTest(properties = {"integration.status-updates=true", "integration.chunk-size=2"})
class StatusSyncJobTest extends JobTest {

    private static final String RECEIPT = "{\"date\":\"2026-11-26T15:01:00Z\",\"orderId\":\"ORD\",\"receipt\":\"r\"}";

    /** One delivery service as GET /services gives it: order ORD-{invoice}, delivery service id = invoice. */
    private static String service(String status, String invoice, String at) {
        return "{\"idDeliveryService\":" + invoice + ",\"invoiceOrderOfService\":\"" + invoice + "\",\"orderNumber\":\"ORD-" + invoice
                + "\",\"deliveryDateTime\":\"" + at + "\",\"deliveryServiceStatus\":{\"description\":\"" + status + "\"},"
                + "\"shipperCustomer\":{\"addressCity\":\"Niterói\",\"state\":{\"code\":\"RJ\"}}}";
    }

    private static String page(String status, String... invoices) {
        return pageOf(Stream.of(invoices).map(invoice -> service(status, invoice, "2026-11-26T15:00:00Z")).toArray(String[]::new));
    }

    private static String pageOf(String... services) {
        return "{\"page\":1,\"pageSize\":100,\"totalCount\":" + services.length + ",\"data\":[" + String.join(",", services) + "]}";
    }

    private static String tracking(String invoice) {
        return "/api/oms/pvt/orders/ORD-" + invoice + "/invoice/" + invoice + "/tracking";
    }

    /** Tracking reports these pages; every other followed status is empty. The OMS accepts everything. */
    private static void given(Map<String, String> pagesByStatus) {
        vtex.stubFor(get(urlEqualTo("/api/oms/pvt/orders?per_page=1")).willReturn(okJson("{\"list\":[],\"facets\":[],\"paging\":{},\"stats\":{}}")));
        vtex.stubFor(post("/receiver/auth").willReturn(okJson("{\"authenticated\":true,\"expiration\":\""
                + Instant.now().plus(30, ChronoUnit.DAYS) + "\",\"accessToken\":\"tok\"}")));
        vtex.stubFor(get(urlPathEqualTo("/receiver/services")).willReturn(okJson(page("Ativo"))));
        pagesByStatus.forEach((status, page) ->
                vtex.stubFor(get(urlPathEqualTo("/receiver/services")).withQueryParam("status", equalTo(status)).willReturn(okJson(page))));
        vtex.stubFor(patch(urlPathMatching("/api/oms/pvt/orders/.*/invoice/.*")).willReturn(okJson(RECEIPT)));
        vtex.stubFor(put(urlPathMatching("/api/oms/pvt/orders/.*/invoice/.*/tracking")).willReturn(okJson(RECEIPT)));
    }

    /** The PUTs the OMS answered 200 to, by invoice: a change accepted twice was sent twice. */
    private static Map<String, Long> acceptedTrackingPuts() {
        return vtex.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("PUT") && e.getResponse().getStatus() == 200)
                .map(ServeEvent::getRequest).map(r -> r.getUrl().replaceAll(".*/invoice/([^/]+)/tracking", "$1"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private int restart() throws Exception {
        return commands.restart("statusSync", new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    /** Each test starts six hours after the one before: none of its queries is held back by VTEX's rule. */
    @BeforeEach
    void sixHoursLater() {
        jdbc.update("DELETE FROM TI_QUERY_HISTORY");
    }

    @AfterEach
    void everyOmsUpdateFollowsTheSpec() {
        ContractCheck.against(VtexContracts.ORDERS_API, List.of(SpecMistake.UNLISTED_ERROR_STATUSES))
                .assertServedExchangesValid(vtex, path -> path.contains("/invoice/"));
    }

    @Test
    void statuses_reach_the_oms_once_and_a_second_run_asks_and_sends_nothing_again() throws Exception {
        given(Map.of("Realizado", page("Realizado", "11", "12"), "EmAndamento", page("EmAndamento", "13")));
        assertThat(start("statusSync")).as(console.toString()).isZero();

        long first = lastExecution();
        assertThat(outcomes.rows(first)).extracting(r -> r.orderId() + "/" + r.invoiceNumber() + ":" + r.reason())
                .containsExactlyInAnyOrder("ORD-11/11:STATUS_UPDATED", "ORD-12/12:STATUS_UPDATED", "ORD-13/13:STATUS_UPDATED");
        vtex.verify(putRequestedFor(urlEqualTo(tracking("11")))
                .withRequestBody(containing("\"isDelivered\":true")).withRequestBody(containing("\"description\":\"Entrega realizada\"")));
        vtex.verify(putRequestedFor(urlEqualTo(tracking("13")))
                .withRequestBody(containing("\"isDelivered\":false")).withRequestBody(containing("\"deliveredDate\":null")));
        vtex.verify(3, patchRequestedFor(urlPathMatching("/api/oms/pvt/orders/.*/invoice/[0-9]+")));
        int queries = vtex.findAll(getRequestedFor(urlPathEqualTo("/receiver/services"))).size();
        assertThat(queries).isEqualTo(4);

        assertThat(start("statusSync")).isZero();

        assertThat(vtex.findAll(getRequestedFor(urlPathEqualTo("/receiver/services")))).as("VTEX's six-hour rule").hasSize(queries);
        vtex.verify(3, putRequestedFor(urlPathMatching("/api/oms/pvt/orders/.*/tracking")));
    }

    /** VTEX's answer may quote what it was sent back; the reject detail is read and forwarded by people. */
    @Test
    void an_update_the_oms_refuses_is_rejected_with_vtexs_answer_and_no_e_mail_address_in_its_detail() throws Exception {
        given(Map.of("Realizado", page("Realizado", "91")));
        vtex.stubFor(put(urlEqualTo(tracking("91"))).willReturn(com.github.tomakehurst.wiremock.client.WireMock.badRequest()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"1\",\"message\":\"Tracking refused for cliente.final@example.com\"}}")));

        start("statusSync");

        assertThat(outcomes.rows(lastExecution())).singleElement().satisfies(row -> {
            assertThat(row.reason()).hasToString("REFUSED_BY_OMS");
            assertThat(row.detail()).contains("Tracking refused for").doesNotContain("cliente.final@example.com");
        });
    }

    @Test
    void a_run_the_oms_fails_midway_is_restarted_without_sending_again_what_the_oms_had_accepted() throws Exception {
        given(Map.of("Realizado", page("Realizado", "41", "42", "43", "44", "45")));
        vtex.stubFor(put(urlEqualTo(tracking("44"))).willReturn(serverError()));

        assertThat(start("statusSync")).as("chunks of 2: 41, 42 committed; 43 accepted, then 44 fails its chunk").isEqualTo(1);
        assertThat(acceptedTrackingPuts()).containsOnlyKeys("41", "42", "43");

        vtex.stubFor(put(urlEqualTo(tracking("44"))).willReturn(okJson(RECEIPT)));
        assertThat(restart()).as(console.toString()).isZero();

        assertThat(acceptedTrackingPuts()).as("every change accepted exactly once").containsOnly(
                Map.entry("41", 1L), Map.entry("42", 1L), Map.entry("43", 1L), Map.entry("44", 1L), Map.entry("45", 1L));
        assertThat(outcomes.rows(lastExecution() - 1)).extracting(r -> r.invoiceNumber())
                .as("the failed run reports what the OMS accepted in it").containsExactlyInAnyOrder("41", "42", "43");
    }

    @Test
    void a_query_whose_last_page_was_read_by_a_chunk_that_failed_is_asked_again_on_restart() throws Exception {
        given(Map.of("Realizado", page("Realizado", "51", "52", "53")));
        vtex.stubFor(put(urlEqualTo(tracking("53"))).willReturn(serverError()));

        assertThat(start("statusSync")).as("the only page is read with 51, in the first chunk; 53 fails the second").isEqualTo(1);

        vtex.stubFor(put(urlEqualTo(tracking("53"))).willReturn(okJson(RECEIPT)));
        assertThat(restart()).as(console.toString()).isZero();

        assertThat(acceptedTrackingPuts()).containsOnly(Map.entry("51", 1L), Map.entry("52", 1L), Map.entry("53", 1L));
        vtex.verify(2, getRequestedFor(urlPathEqualTo("/receiver/services")).withQueryParam("status", equalTo("Realizado")));
    }

    @Test
    void a_restart_asks_its_query_from_the_start_so_a_listing_that_moved_meanwhile_loses_nothing() throws Exception {
        given(Map.of("Realizado", page("Realizado", "81", "82", "83")));
        vtex.stubFor(put(urlEqualTo(tracking("83"))).willReturn(serverError()));
        assertThat(start("statusSync")).as("81, 82 committed, 83 fails the second chunk").isEqualTo(1);

        given(Map.of("Realizado", page("Realizado", "82", "83", "84")));
        assertThat(restart()).as("81 has left the listing: 83 is now second, where the restart would have skipped it").isZero();

        assertThat(acceptedTrackingPuts()).containsOnly(Map.entry("81", 1L), Map.entry("82", 1L), Map.entry("83", 1L), Map.entry("84", 1L));
    }

    @Test
    void the_oms_is_sent_the_invoices_whole_timeline_and_its_first_dispatch() throws Exception {
        given(Map.of("EmAndamento", pageOf(service("EmAndamento", "61", "2026-11-25T10:00:00Z"))));
        assertThat(start("statusSync")).as(console.toString()).isZero();
        sixHoursLater();
        given(Map.of("Realizado", pageOf(service("Realizado", "61", "2026-11-26T15:00:00Z"))));

        assertThat(start("statusSync")).as(console.toString()).isZero();

        vtex.verify(putRequestedFor(urlEqualTo(tracking("61"))).withRequestBody(equalToJson("{\"isDelivered\":true,"
                + "\"deliveredDate\":\"2026-11-26 12:00\",\"events\":["
                + "{\"city\":\"Niterói\",\"state\":\"RJ\",\"description\":\"Saiu para entrega\",\"date\":\"2026-11-25\"},"
                + "{\"city\":\"Niterói\",\"state\":\"RJ\",\"description\":\"Entrega realizada\",\"date\":\"2026-11-26\"}]}")));
        vtex.verify(2, patchRequestedFor(urlEqualTo("/api/oms/pvt/orders/ORD-61/invoice/61"))
                .withRequestBody(containing("\"dispatchedDate\":\"2026-11-25T07:00:00-03:00\"")));
    }

    @Test
    void an_invoice_that_moves_between_two_queries_of_one_run_is_reported_once_where_it_stands_last() throws Exception {
        given(Map.of("EmAndamento", pageOf(service("EmAndamento", "71", "2026-11-26T10:00:00Z")),
                "Realizado", pageOf(service("Realizado", "71", "2026-11-26T15:00:00Z"))));

        assertThat(start("statusSync")).as(console.toString()).isZero();

        vtex.verify(2, putRequestedFor(urlEqualTo(tracking("71"))));
        vtex.verify(putRequestedFor(urlEqualTo(tracking("71"))).withRequestBody(containing("Saiu para entrega"))
                .withRequestBody(containing("Entrega realizada")));
        assertThat(outcomes.rows(lastExecution())).extracting(r -> r.invoiceNumber() + ":" + r.detail()).containsExactly("71:Realizado");
    }
}
