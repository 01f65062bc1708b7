package com.trackingintegration.http;

import com.trackingintegration.calls.CallObserver;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a client tells its observer: each attempt by its path template and status, each 429, each retry, each wait for the pace. */
class CallObserverTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** The observer's events in the order told, durations left out but for the pace. */
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private final CallObserver recorder = new CallObserver() {
        @Override
        public void attempted(Call call, int status, Duration took) {
            told.add("attempted " + call.system() + " " + call.method() + " " + call.pathTemplate() + " " + status);
        }

        @Override
        public void throttled(Call call) {
            told.add("throttled " + call.pathTemplate());
        }

        @Override
        public void retrying(Call call) {
            told.add("retrying " + call.pathTemplate());
        }

        @Override
        public void paced(String system, Duration waited) {
            waits.add(waited);
        }
    };

    private RetryingHttpClient client(double maxRequestsPerSecond) {
        HttpSettings settings = new HttpSettings("VTEX OMS", URI.create(server.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(3), 3,
                Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5), maxRequestsPerSecond).observedBy(recorder);
        return new RetryingHttpClient(settings, Map::of);
    }

    private static void firstThenOk(String url, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first) {
        server.stubFor(get(url).inScenario("once").whenScenarioStateIs(Scenario.STARTED).willReturn(first).willSetStateTo("then"));
        server.stubFor(get(url).inScenario("once").whenScenarioStateIs("then").willReturn(ok("{}")));
    }

    @Test
    void a_429_then_a_success_is_one_throttled_one_retry_and_two_attempts_named_by_the_template_never_the_order() {
        firstThenOk("/api/oms/pvt/orders/1234567-01", status(429));

        client(0).send(HttpCall.get(HttpPath.of("/api/oms/pvt/orders/{orderId}", "1234567-01")));

        assertThat(told).containsExactly(
                "attempted VTEX OMS GET /api/oms/pvt/orders/{orderId} 429",
                "throttled /api/oms/pvt/orders/{orderId}",
                "retrying /api/oms/pvt/orders/{orderId}",
                "attempted VTEX OMS GET /api/oms/pvt/orders/{orderId} 200");
        assertThat(String.join("\n", told)).doesNotContain("1234567");
    }

    @Test
    void an_attempt_without_an_answer_is_told_with_status_0_and_a_persistent_5xx_with_its_status_each_time() {
        firstThenOk("/orders/1", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        server.stubFor(get("/orders/2").willReturn(status(503)));

        client(0).send(HttpCall.get("/orders/1"));
        assertThatThrownBy(() -> client(0).send(HttpCall.get("/orders/2"))).isInstanceOf(RemoteUnavailableException.class);

        assertThat(told).containsExactly("attempted VTEX OMS GET /orders/1 0", "retrying /orders/1", "attempted VTEX OMS GET /orders/1 200",
                "attempted VTEX OMS GET /orders/2 503", "retrying /orders/2", "attempted VTEX OMS GET /orders/2 503",
                "retrying /orders/2", "attempted VTEX OMS GET /orders/2 503");
    }

    @Test
    void a_paced_client_tells_each_requests_wait_for_its_turn_and_an_unpaced_one_tells_none() {
        server.stubFor(get("/orders/1").willReturn(ok("{}")));

        client(0).send(HttpCall.get("/orders/1"));
        assertThat(waits).isEmpty();

        RetryingHttpClient paced = client(1);
        paced.send(HttpCall.get("/orders/1"));
        paced.send(HttpCall.get("/orders/1"));

        // One request a second: the second, sent at once after the first, waits for the next second's turn.
        assertThat(waits).hasSize(2);
        assertThat(waits.get(1)).isPositive();
    }

    @Test
    void a_template_names_each_value_and_leaves_out_the_query_while_the_path_carries_them_encoded() {
        HttpPath path = HttpPath.of("/api/oms/pvt/orders/{orderId}/invoice/{invoiceNumber}", "1-01", "NF 7/1").plus("/tracking")
                .withQuery(Map.of("reason", "late"));

        assertThat(path.template()).isEqualTo("/api/oms/pvt/orders/{orderId}/invoice/{invoiceNumber}/tracking");
        assertThat(path.path()).isEqualTo("/api/oms/pvt/orders/1-01/invoice/NF%207%2F1/tracking?reason=late");
        assertThat(HttpCall.put(path, "{}").template()).isEqualTo(path.template());
        assertThat(HttpCall.get("/services/invoice?invoice=123").template()).as("a fixed path's query holds values too").isEqualTo("/services/invoice");
        assertThatThrownBy(() -> HttpPath.of("/api/oms/pvt/orders/{orderId}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HttpPath.of("/services", "1-01")).isInstanceOf(IllegalArgumentException.class);
    }
}
