package com.trackingintegration.adapters.oms;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.nfe.NfeReading;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.domain.port.SystemUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The NF-e XML of each invoice, read while the batch of orders is: from {@code embeddedInvoice}, or from the
 * merchant's own host (a second server, which is not VTEX and must never see VTEX's credentials).
 */
class VtexOmsNfeFilesTest extends OmsWireMockTest {

    @RegisterExtension
    static WireMockExtension invoiceHost = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final VtexOmsOrders orders = new VtexOmsOrders(settings(4));

    @AfterEach
    void close() {
        orders.close();
    }

    private static String id(int n) {
        return String.format("%013d-01", 1_300_000_000_000L + n);
    }

    /** The spec's Get order example, invoiced, its one package a sale with this link and this embedded XML. */
    private static String serve(int n, String status, String invoiceUrl, String embeddedInvoice) {
        ObjectNode order = OmsExamples.getOrder(id(n), status);
        ObjectNode invoice = (ObjectNode) order.at("/packageAttachment/packages/0");
        invoice.put("invoiceUrl", invoiceUrl);
        invoice.put("embeddedInvoice", embeddedInvoice);
        server.stubFor(get("/api/oms/pvt/orders/" + id(n)).willReturn(okJson(order.toString())));
        return id(n);
    }

    private static String linked(int n, String invoiceUrl) {
        return serve(n, "invoiced", invoiceUrl, "");
    }

    private static NfeReading nfeOf(Lookup lookup) {
        return lookup.order().orElseThrow().invoices().get(0).nfe();
    }

    private NfeReading readingOf(String orderId) {
        return nfeOf(orders.orders(List.of(orderId)).get(0));
    }

    @Test
    void an_embedded_nfe_is_read_without_any_fetch() {
        String id = serve(1, "invoiced", "https://luxstore.com/invoices/24382.pdf", NfeFixtures.withEntrega());

        assertThat(readingOf(id)).isInstanceOfSatisfying(NfeReading.Read.class, read -> {
            assertThat(read.document().issuer()).contains(new Cnpj(NfeFixtures.ISSUER));
            assertThat(read.document().deliveryPlace()).isPresent();
        });
        assertThat(invoiceHost.getAllServeEvents()).isEmpty();
    }

    @Test
    void invoices_without_xml_of_orders_not_invoiced_or_not_sales_stay_not_carried() {
        String pdfOnly = linked(2, "https://luxstore.com/invoices/24382.pdf");
        String handling = serve(3, "handling", invoiceHost.baseUrl() + "/nfe/3.xml", NfeFixtures.withEntrega());
        ObjectNode returned = OmsExamples.getOrder(id(4), "invoiced");
        ((ObjectNode) returned.at("/packageAttachment/packages/0")).put("type", "Input").put("invoiceUrl", invoiceHost.baseUrl() + "/nfe/4.xml");
        server.stubFor(get("/api/oms/pvt/orders/" + id(4)).willReturn(okJson(returned.toString())));

        List<Lookup> lookups = orders.orders(List.of(pdfOnly, handling, id(4)));

        assertThat(lookups).extracting(VtexOmsNfeFilesTest::nfeOf).containsOnly(NfeReading.NOT_CARRIED);
        assertThat(invoiceHost.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_linked_nfe_is_fetched_from_its_host_which_gets_no_vtex_header_or_credential() {
        invoiceHost.stubFor(get(urlPathEqualTo("/nfe/24382.xml")).willReturn(ok(NfeFixtures.withEntrega())));
        String id = linked(5, invoiceHost.baseUrl() + "/nfe/24382.xml?signature=abc");

        assertThat(readingOf(id)).isInstanceOfSatisfying(NfeReading.Read.class,
                read -> assertThat(read.document().carrier()).contains(new Cnpj(NfeFixtures.CARRIER)));
        List<LoggedRequest> requests = invoiceHost.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        for (HttpHeader header : requests.get(0).getHeaders().all()) {
            assertThat(header.key().toLowerCase(Locale.ROOT)).doesNotStartWith("x-vtex").isNotEqualTo("authorization").isNotEqualTo("cookie");
            assertThat(header.values()).noneMatch(value -> value.contains(APP_KEY) || value.contains(APP_TOKEN));
        }
        server.verify(getRequestedFor(urlPathEqualTo("/api/oms/pvt/orders/" + id)).withHeader("X-VTEX-API-AppToken",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo(APP_TOKEN)));
    }

    @Test
    void a_404_or_410_is_missing_naming_the_status_and_host_never_the_query() {
        invoiceHost.stubFor(get(urlPathEqualTo("/nfe/gone.xml")).willReturn(status(410)));
        String notFound = linked(6, invoiceHost.baseUrl() + "/nfe/none.xml?token=SECRET-IN-QUERY");
        String gone = linked(7, invoiceHost.baseUrl() + "/nfe/gone.xml?token=SECRET-IN-QUERY");

        List<Lookup> lookups = orders.orders(List.of(notFound, gone));

        assertThat(nfeOf(lookups.get(0))).isEqualTo(new NfeReading.Missing("host localhost answered 404"));
        assertThat(nfeOf(lookups.get(1))).isEqualTo(new NfeReading.Missing("host localhost answered 410"));
        assertThat(logs()).doesNotContain("SECRET-IN-QUERY");
    }

    @Test
    void a_host_answering_503_until_the_retries_are_spent_is_unreachable_for_that_invoice_when_another_host_answered() {
        invoiceHost.stubFor(get(urlPathEqualTo("/nfe/down.xml")).willReturn(status(503)));
        invoiceHost.stubFor(get(urlPathEqualTo("/nfe/up.xml")).willReturn(ok(NfeFixtures.withoutEntrega())));
        String down = linked(8, invoiceHost.baseUrl() + "/nfe/down.xml?token=SECRET-IN-QUERY");
        String up = linked(9, invoiceHost.baseUrl() + "/nfe/up.xml");

        List<Lookup> lookups = orders.orders(List.of(down, up));

        assertThat(nfeOf(lookups.get(0))).isEqualTo(new NfeReading.Unreachable("host localhost: still answering 503 after 3 attempts"));
        assertThat(nfeOf(lookups.get(1))).isInstanceOf(NfeReading.Read.class);
        invoiceHost.verify(3, getRequestedFor(urlPathEqualTo("/nfe/down.xml")));
        assertThat(logs()).contains("NF-e XML host localhost GET /nfe/down.xml: answered 503; attempt 1 of 3 failed")
                .doesNotContain("SECRET-IN-QUERY");
    }

    @Test
    void when_no_host_of_the_batch_answers_the_whole_batch_fails_as_when_the_oms_is_down() {
        invoiceHost.stubFor(get(urlPathEqualTo("/nfe/down.xml")).willReturn(status(503)));
        String down = linked(10, invoiceHost.baseUrl() + "/nfe/down.xml");
        String refused = linked(11, "http://127.0.0.1:1/nfe/refused.xml");
        String embedded = serve(12, "invoiced", "", NfeFixtures.withEntrega());

        assertThatThrownBy(() -> orders.orders(List.of(down, refused, embedded)))
                .isInstanceOf(SystemUnavailableException.class)
                .hasMessageContaining("none of the 2 NF-e XML fetches of this batch of 3 orders reached its host (127.0.0.1, localhost;")
                .hasMessageContaining("the run stops with nothing of these orders recorded, and restart resumes it")
                .hasMessageNotContaining("\n");
    }

    @Test
    void a_batch_with_a_single_fetch_that_fails_leaves_it_that_invoices_problem() {
        invoiceHost.stubFor(get(urlPathEqualTo("/nfe/down.xml")).willReturn(status(503)));
        String down = linked(40, invoiceHost.baseUrl() + "/nfe/down.xml");
        String embedded = serve(41, "invoiced", "", NfeFixtures.withEntrega());

        List<Lookup> lookups = orders.orders(List.of(down, embedded));

        assertThat(nfeOf(lookups.get(0))).isInstanceOf(NfeReading.Unreachable.class);
        assertThat(nfeOf(lookups.get(1))).isInstanceOf(NfeReading.Read.class);
    }

    @Test
    void a_redirect_to_the_same_scheme_is_followed_one_to_another_scheme_is_not() {
        invoiceHost.stubFor(get(urlPathEqualTo("/moved.xml")).willReturn(status(301).withHeader("Location", "/nfe/here.xml")));
        invoiceHost.stubFor(get(urlPathEqualTo("/nfe/here.xml")).willReturn(ok(NfeFixtures.withEntrega())));
        invoiceHost.stubFor(get(urlPathEqualTo("/downgrade.xml")).willReturn(status(302)
                .withHeader("Location", "https://localhost:" + invoiceHost.getPort() + "/nfe/here.xml")));
        String moved = linked(13, invoiceHost.baseUrl() + "/moved.xml");
        String otherScheme = linked(14, invoiceHost.baseUrl() + "/downgrade.xml");

        List<Lookup> lookups = orders.orders(List.of(moved, otherScheme));

        assertThat(nfeOf(lookups.get(0))).isInstanceOf(NfeReading.Read.class);
        assertThat(nfeOf(lookups.get(1))).isEqualTo(new NfeReading.Missing(
                "host localhost answered 302, redirected from http to https; only a redirect to the same scheme is followed"));
        invoiceHost.verify(1, getRequestedFor(urlPathEqualTo("/nfe/here.xml")));
    }

    @Test
    void redirects_past_the_hops_allowed_are_not_followed() {
        invoiceHost.stubFor(get(urlPathEqualTo("/loop.xml")).willReturn(status(307).withHeader("Location", "/loop.xml")));
        String loop = linked(15, invoiceHost.baseUrl() + "/loop.xml");

        assertThat(readingOf(loop)).isEqualTo(new NfeReading.Missing("host localhost answered 307, redirected more than 3 times; not followed"));
        invoiceHost.verify(4, getRequestedFor(urlPathEqualTo("/loop.xml")));
    }

    @Test
    void a_truncated_file_is_unreadable() {
        invoiceHost.stubFor(get(urlPathEqualTo("/nfe/cut.xml")).willReturn(ok(NfeFixtures.truncated())));

        assertThat(readingOf(linked(16, invoiceHost.baseUrl() + "/nfe/cut.xml")))
                .isInstanceOfSatisfying(NfeReading.Unreadable.class, r -> assertThat(r.detail()).startsWith("not well-formed XML at line"));
    }

    @Test
    void a_50_mb_body_is_unreadable_and_read_no_further_than_the_cap() throws Exception {
        try (StreamingHost host = new StreamingHost()) {
            String big = linked(17, host.url("/big.xml"));

            assertThat(readingOf(big)).isEqualTo(new NfeReading.Unreadable("the NF-e XML is over 5 MiB; an NF-e is rarely above 100 KiB"));
            long written = host.bigBodyWritten.get(1, TimeUnit.MINUTES);
            // The cap, plus what the sockets' buffers took in before the client hung up: far from the 50 MB served.
            assertThat(written).isGreaterThan(NfeXml.MAX_BYTES).isLessThan(StreamingHost.FIFTY_MB / 3);
        }
    }

    @Test
    void a_host_that_sends_a_little_and_then_nothing_is_unreachable_after_the_retries() throws Exception {
        try (StreamingHost host = new StreamingHost()) {
            String trickle = linked(18, host.url("/trickle.xml"));
            invoiceHost.stubFor(get(urlPathEqualTo("/nfe/up.xml")).willReturn(ok(NfeFixtures.withoutEntrega())));
            String up = linked(19, invoiceHost.baseUrl() + "/nfe/up.xml");

            // A bound only a hang reaches: each attempt ends at its body's deadline (the 2 s read timeout).
            List<Lookup> lookups = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> orders.orders(List.of(trickle, up)));

            assertThat(nfeOf(lookups.get(0))).isInstanceOfSatisfying(NfeReading.Unreachable.class,
                    r -> assertThat(r.detail()).isEqualTo("host 127.0.0.1: no answer after 3 attempts (HttpTimeoutException: the body did not arrive within 2000 ms)"));
        }
    }

    @Test
    void an_external_entity_naming_a_url_is_never_fetched() {
        String xml = NfeFixtures.externalEntity(invoiceHost.baseUrl() + "/stolen");

        assertThat(readingOf(serve(20, "invoiced", "", xml))).isInstanceOf(NfeReading.Unreadable.class);
        invoiceHost.stubFor(get(urlPathEqualTo("/nfe/entity.xml")).willReturn(ok(xml)));
        assertThat(readingOf(linked(21, invoiceHost.baseUrl() + "/nfe/entity.xml"))).isInstanceOf(NfeReading.Unreadable.class);
        invoiceHost.verify(0, getRequestedFor(urlPathEqualTo("/stolen")));
    }

    @Test
    void an_xml_bomb_or_a_local_file_entity_embedded_is_unreadable() {
        String bomb = serve(22, "invoiced", "", NfeFixtures.xmlBomb());
        String passwd = serve(23, "invoiced", "", NfeFixtures.externalEntity("file:///etc/passwd"));

        List<Lookup> lookups = orders.orders(List.of(bomb, passwd));

        assertThat(lookups).extracting(VtexOmsNfeFilesTest::nfeOf)
                .allSatisfy(reading -> assertThat(reading).isInstanceOf(NfeReading.Unreadable.class));
    }

    @Test
    void an_embedded_invoice_over_5_mib_is_unreadable() {
        String padded = NfeFixtures.withEntrega().replaceFirst("\\?>", "?><!--" + "x".repeat(NfeXml.MAX_BYTES) + "-->");
        String huge = serve(24, "invoiced", "", padded);

        assertThat(readingOf(huge)).isEqualTo(new NfeReading.Unreadable("the NF-e XML is over 5 MiB; an NF-e is rarely above 100 KiB"));
    }

    @Test
    void a_single_order_has_its_nfe_read_too() {
        invoiceHost.stubFor(get(urlPathEqualTo("/nfe/one.xml")).willReturn(ok(NfeFixtures.withEntrega())));

        assertThat(orders.order(linked(25, invoiceHost.baseUrl() + "/nfe/one.xml")).invoices().get(0).nfe()).isInstanceOf(NfeReading.Read.class);
    }
}
