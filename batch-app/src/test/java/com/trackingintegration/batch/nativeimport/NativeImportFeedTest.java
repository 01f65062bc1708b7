package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.trackingintegration.batch.JobTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** nativeImport on the Orders Feed: a handle is committed to VTEX only after its order's chunk committed here. */
@SpringBootTest(properties = {"integration.chunk-size=2", "integration.native.source=feed"})
class NativeImportFeedTest extends JobTest {

    private static String events(String... orderIds) {
        StringBuilder json = new StringBuilder("[");
        for (String id : orderIds) {
            json.append(json.length() > 1 ? "," : "").append("{\"eventId\":\"e-").append(id).append("\",\"handle\":\"h-").append(id)
                    .append("\",\"domain\":\"Fulfillment\",\"state\":\"invoiced\",\"orderId\":\"").append(id).append("\"}");
        }
        return json.append("]").toString();
    }

    @Test
    void handles_are_committed_after_their_chunk_and_a_failed_chunk_leaves_its_events_in_the_feed() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(
                new VtexStubs.OmsOrder("1-01", "invoiced", List.of("101:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("2-01", "invoiced", List.of("201:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("3-01", "invoiced", List.of("301:Output:Motoboy"), true)));
        vtex.stubFor(get("/api/orders/feed?maxlot=10").inScenario("feed").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(events("1-01", "2-01", "3-01"))).willSetStateTo("drained"));
        vtex.stubFor(get("/api/orders/feed?maxlot=10").inScenario("feed").whenScenarioStateIs("drained").willReturn(okJson("[]")));
        vtex.stubFor(post("/api/orders/feed").willReturn(ok()));
        vtex.stubFor(post("/receiver/services").inScenario("tracking").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ok()).willSetStateTo("down"));
        vtex.stubFor(post("/receiver/services").inScenario("tracking").whenScenarioStateIs("down").willReturn(serverError()));
        int exit = start("nativeImport");

        assertThat(exit).as(console.toString()).isEqualTo(1);
        vtex.verify(1, postRequestedFor(urlEqualTo("/api/orders/feed")));
        vtex.verify(postRequestedFor(urlEqualTo("/api/orders/feed")).withRequestBody(equalToJson("{\"handles\":[\"h-1-01\",\"h-2-01\"]}")));
    }
}
