package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.fixtures.MovableClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.http.CapturedLogs;
import com.trackingintegration.http.ContractCheck;
import com.trackingintegration.http.ContractCheck.SpecMistake;
import com.trackingintegration.http.SideBySide;
import com.trackingintegration.http.VtexContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * VTEX Tracking served by WireMock under {@code /receiver}. After each test, every request the adapter sent and every
 * answer stubbed is validated against tracking.json, and no log line may hold the password or the token.
 */
abstract class TrackingWireMockTest {

    static final Instant START = Instant.parse("2026-11-27T03:00:00Z");

    /** Where tracking.json contradicts itself, each with its evidence. Everything else is checked strictly. */
    static final List<SpecMistake> SPEC_MISTAKES = List.of(
            SpecMistake.UNLISTED_ERROR_STATUSES,
            new SpecMistake("GET", "", "validation.response.body.schema.format.date-time", "",
                    "the spec's own example of GET /services writes date-times without an offset ('2024-07-02T18:41:01.933');"
                            + " the answers stubbed here are that example, and the adapter reads both forms"),
            new SpecMistake("POST", "/services/routes", "validation.request.body.schema.additionalProperties", "deliveryServiceDate",
                    "the body schema requires a top-level deliveryServiceDate but defines it only inside deliveryServiceRoute;"
                            + " the adapter sends it in both places so either reading is met"),
            new SpecMistake("POST", "/services/routes", "validation.request.body.schema.type", "allowed: [\"array\"]",
                    "deliveryService items reference the DeliveryService schema, which is itself an array (the body of POST"
                            + " /services), so the spec asks for an array of arrays; the adapter sends an array of services,"
                            + " whose fields DeliveryServicePayloadTest checks against the schema directly"));

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(40).extensions(new StoredServicesTransformer(), new SideBySide())).build();

    final MovableClock clock = new MovableClock(START);
    private CapturedLogs logs;

    @BeforeEach
    void captureLogs() {
        logs = new CapturedLogs();
        StoredServicesTransformer.STORED.clear();
    }

    void stubLogin() {
        server.stubFor(post("/receiver/auth").willReturn(okJson(TrackingTestSupport.authReply(TrackingTestSupport.TOKEN, START))));
    }

    TrackingApi api(int maxBatchSize, int pageSize) {
        return new TrackingApi(TrackingTestSupport.settings(server, maxBatchSize, pageSize), clock);
    }

    String logs() {
        return logs.all();
    }

    @AfterEach
    void everyExchangeFollowsTheSpecAndNoSecretLeaks() {
        logs.close();
        assertThat(logs.all()).doesNotContain(TrackingTestSupport.PASSWORD).doesNotContain(TrackingTestSupport.TOKEN);
        ContractCheck.against(VtexContracts.TRACKING, SPEC_MISTAKES).assertServedExchangesValid(server);
    }
}
