package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.adapters.oms.OmsSettings;
import com.trackingintegration.adapters.oms.VtexOmsOrders;
import com.trackingintegration.batch.VtexTestProperties;
import com.trackingintegration.batch.cli.JobCommands;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * nativeImport over a listing that moves, as VTEX's List orders does (it reads a live index): orders repeated from
 * one page to the next, orders indexed inside the window between a failure and its restart. VTEX's reach of one
 * filter (30 pages of 100) is scaled down to 3 pages of 10, so a window is cut in two from 31 orders on.
 */
@SpringBootTest(properties = {"integration.chunk-size=2", "vtex.oms.max-requests-per-second=0"})
@Import(NativeImportListingTest.SmallListPages.class)
class NativeImportListingTest {

    private static final Instant FROM = Instant.parse("2026-11-26T00:00:00Z");
    private static final Path INBOX = Path.of("target", "job-inbox-" + UUID.randomUUID());

    @RegisterExtension
    static WireMockExtension vtex = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(new FakeTracking(), new ListedOrders())).build();

    @Autowired
    JobCommands commands;
    @Autowired
    JdbcOutcomes outcomes;
    @Autowired
    JdbcTemplate jdbc;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        VtexTestProperties.register(registry, vtex, INBOX);
    }

    /** The real OMS adapter, with List orders' pages scaled down. */
    @TestConfiguration
    static class SmallListPages {
        @Bean
        @Primary
        @Lazy
        VtexOmsOrders smallListPages(Settings settings) {
            OmsSettings oms = settings.vtex().oms();
            return new VtexOmsOrders(new OmsSettings(oms.account(), oms.appKey(), oms.appToken(), 10, 3, oms.indexingLag(),
                    oms.fetchConcurrency(), oms.sellerId(), oms.marketplaceServicesEndpoint(), oms.feedVisibilityTimeout(),
                    oms.feedRetention(), oms.http()));
        }
    }

    @BeforeEach
    void vtex() {
        FakeTracking.reset();
        ListedOrders.clear();
        VtexStubs.tracking(vtex);
        vtex.stubFor(post(urlPathMatching("/receiver/services(/routes)?")).willReturn(aResponse().withTransformers(FakeTracking.NAME)));
        vtex.stubFor(get(urlPathEqualTo("/receiver/services/invoice")).willReturn(aResponse().withTransformers(FakeTracking.NAME)));
    }

    @Test
    void a_restart_after_orders_were_indexed_inside_the_window_sends_every_invoice_exactly_once() throws Exception {
        vtex.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders")).willReturn(aResponse().withTransformers(ListedOrders.NAME)));
        List<String> invoices = new ArrayList<>();
        // 29 orders: the window fits one filter. Their ids do not follow their invoicing times, as on a real night.
        for (int i = 1; i <= 29; i++) {
            invoices.add(indexOrder(String.format("1%03d-01", i), 7000 + i, i));
        }
        FakeTracking.downAfterBatches = 5;

        assertThat(start()).as(console.toString()).isEqualTo(1);
        long failed = lastExecution();
        Set<String> doneBefore = outcomes.rows(failed).stream().map(JdbcOutcomes.Row::orderId).collect(Collectors.toSet());
        assertThat(doneBefore).as("five chunks of two committed before Tracking went down").hasSize(10);

        // Five orders indexed inside the window: it holds 34 now, is cut in two halves, and every position moves.
        for (int i = 1; i <= 5; i++) {
            invoices.add(indexOrder(String.format("0%03d-01", i), 8000 + i, 29 + i));
        }
        FakeTracking.downAfterBatches = Integer.MAX_VALUE;
        vtex.resetRequests();

        assertThat(commands.restart("nativeImport", out())).as(console.toString()).isZero();

        assertThat(FakeTracking.TAKEN.keySet()).as("every invoice in Tracking").containsExactlyInAnyOrderElementsOf(invoices);
        assertThat(FakeTracking.TAKEN.values()).allSatisfy(times -> assertThat(times.get()).as("sent once").isEqualTo(1));
        assertThat(vtex.findAll(getRequestedFor(urlPathMatching("/api/oms/pvt/orders/.+"))))
                .as("no order done before the restart is fetched again")
                .noneSatisfy(request -> assertThat(doneBefore).contains(request.getUrl().substring("/api/oms/pvt/orders/".length())));
        // What the restart paid for it: the list pages of the whole window again (two parts of two pages, and the
        // first page of the whole that showed it had to be cut), no Get order for what was done.
        assertThat(vtex.findAll(getRequestedFor(urlPathEqualTo("/api/oms/pvt/orders")).withQueryParam("f_invoicedDate", com.github.tomakehurst.wiremock.client.WireMock.matching(".+"))))
                .hasSize(5);
    }

    @Test
    void a_listing_that_repeats_its_orders_on_every_page_has_each_order_fetched_judged_and_sent_once() throws Exception {
        // What a mock built from VTEX's spec does, and what a live index can do to an order at a page boundary.
        List<String> ids = IntStream.rangeClosed(1, 5).mapToObj(i -> String.format("2%03d-01", i)).toList();
        String page = ids.stream().map(id -> "{\"orderId\":\"" + id + "\"}").collect(Collectors.joining(","));
        vtex.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders")).willReturn(okJson("{\"list\":[" + page + "],\"facets\":[],"
                + "\"paging\":{\"total\":15,\"pages\":3,\"currentPage\":1,\"perPage\":10},\"stats\":{}}")));
        List<String> invoices = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            invoices.add(stubOrder(ids.get(i), 9001 + i));
        }

        assertThat(start()).as(console.toString()).isZero();

        ids.forEach(id -> vtex.verify(1, getRequestedFor(urlEqualTo("/api/oms/pvt/orders/" + id))));
        assertThat(FakeTracking.TAKEN.keySet()).containsExactlyInAnyOrderElementsOf(invoices);
        assertThat(FakeTracking.TAKEN.values()).allSatisfy(times -> assertThat(times.get()).isEqualTo(1));
        assertThat(outcomes.rows(lastExecution())).extracting(JdbcOutcomes.Row::orderId).containsExactlyInAnyOrderElementsOf(ids);
    }

    /** An order invoiced in the window's {@code slot}-th of 34 slices, slices taken in a scrambled order; its invoice. */
    private static String indexOrder(String orderId, int invoice, int slot) {
        ListedOrders.index(orderId, FROM.plus(Duration.ofMinutes(40L * ((slot * 11) % 34))));
        return stubOrder(orderId, invoice);
    }

    private static String stubOrder(String orderId, int invoice) {
        vtex.stubFor(get("/api/oms/pvt/orders/" + orderId).willReturn(okJson(
                new VtexStubs.OmsOrder(orderId, "invoiced", List.of(invoice + ":Output:Motoboy"), true).json())));
        return String.valueOf(invoice);
    }

    private int start() throws Exception {
        return commands.start("nativeImport", Map.of("from", FROM.toString(), "to", FROM.plus(Duration.ofDays(1)).toString()), out());
    }

    private PrintStream out() {
        return new PrintStream(console, true, StandardCharsets.UTF_8);
    }

    private long lastExecution() {
        return jdbc.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
    }
}
