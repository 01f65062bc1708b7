package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.trackingintegration.batch.JobTest;
import com.trackingintegration.batch.store.JdbcOutcomes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dry run on the Orders Feed commits nothing: a commit removes the events from the feed, and the real run after
 * the dry run must still find them. A repeat of an order the run already judged is not committed either.
 */
@SpringBootTest(properties = {"integration.chunk-size=2", "integration.native.source=feed", "integration.dry-run=true"})
class NativeImportFeedDryRunTest extends JobTest {

    @Test
    void a_dry_run_on_the_orders_feed_judges_its_orders_and_commits_no_event() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("1-01", "invoiced", List.of("101:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("2-01", "canceled", List.of("201:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("3-01", "invoiced", List.of("301:Output:Motoboy"), true)));
        // Lot 2 repeats order 1, judged in the first chunk by then: a real run commits that repeat at once.
        vtex.stubFor(get("/api/orders/feed?maxlot=10").inScenario("feed").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(NativeImportFeedTest.items("1-01/h1a", "2-01/h2a"))).willSetStateTo("lot 1"));
        vtex.stubFor(get("/api/orders/feed?maxlot=10").inScenario("feed").whenScenarioStateIs("lot 1")
                .willReturn(okJson(NativeImportFeedTest.items("1-01/h1b", "3-01/h3a"))).willSetStateTo("lot 2"));
        vtex.stubFor(get("/api/orders/feed?maxlot=10").inScenario("feed").whenScenarioStateIs("lot 2").willReturn(okJson("[]")));
        vtex.stubFor(post("/api/orders/feed").willReturn(ok()));

        assertThat(start("nativeImport")).as(console.toString()).isZero();

        assertNothingWrittenToVtex();
        assertThat(outcomes.rows(lastExecution())).extracting(r -> r.orderId() + ":" + r.outcome())
                .containsExactlyInAnyOrder("1-01:WOULD_IMPORT", "2-01:SKIPPED", "3-01:WOULD_IMPORT");
    }
}
