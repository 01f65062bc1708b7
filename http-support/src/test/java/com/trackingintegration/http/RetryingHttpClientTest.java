package com.trackingintegration.http;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryingHttpClientTest {

    private static final String TOKEN = "app-token-that-must-never-be-seen-0123456789";

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final CapturedLogs logs = new CapturedLogs();

    private RetryingHttpClient client(int attempts) {
        HttpSettings settings = new HttpSettings("VTEX OMS", URI.create(server.baseUrl()), Duration.ofSeconds(2),
                Duration.ofMillis(1500), attempts, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5));
        return new RetryingHttpClient(settings, () -> Map.of("X-VTEX-API-AppToken", TOKEN));
    }

    private static void failsThenSucceeds(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
        server.stubFor(get("/orders/1").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(failure).willSetStateTo("recovered"));
        server.stubFor(get("/orders/1").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(ok("{\"orderId\":\"1\"}")));
    }

    @AfterEach
    void noSecretWasLogged() {
        assertThat(logs.all()).doesNotContain(TOKEN);
        logs.close();
    }

    @Test
    void sends_the_credentials_and_json_headers_and_returns_the_answer() {
        server.stubFor(post("/orders").willReturn(ok("{\"ok\":true}")));

        HttpReply reply = client(3).send(HttpCall.post("/orders", "{\"a\":1}"));

        assertThat(reply.body()).isEqualTo("{\"ok\":true}");
        server.verify(postRequestedFor(urlEqualTo("/orders")).withHeader("X-VTEX-API-AppToken", equalTo(TOKEN))
                .withHeader("Content-Type", equalTo("application/json")).withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void a_503_then_success_is_retried() {
        failsThenSucceeds(status(503));

        assertThat(client(3).send(HttpCall.get("/orders/1")).status()).isEqualTo(200);
        server.verify(2, getRequestedFor(urlEqualTo("/orders/1")));
        assertThat(logs.all()).contains("VTEX OMS GET /orders/1: answered 503; attempt 1 of 3 failed, trying again");
    }

    @Test
    void a_timeout_then_success_is_retried() {
        failsThenSucceeds(ok().withFixedDelay(4000));

        assertThat(client(3).send(HttpCall.get("/orders/1")).status()).isEqualTo(200);
        assertThat(logs.all()).contains("HttpTimeoutException");
    }

    @Test
    void a_reset_connection_then_success_is_retried() {
        failsThenSucceeds(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(client(3).send(HttpCall.get("/orders/1")).status()).isEqualTo(200);
    }

    @Test
    void a_429_waits_at_least_the_retry_after_of_the_server() {
        failsThenSucceeds(status(429).withHeader("Retry-After", "1"));

        long start = System.nanoTime();
        client(3).send(HttpCall.get("/orders/1"));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        List<com.github.tomakehurst.wiremock.stubbing.ServeEvent> events = server.getAllServeEvents();
        assertThat(events).hasSize(2);
        Duration gap = Duration.between(events.get(1).getRequest().getLoggedDate().toInstant(),
                events.get(0).getRequest().getLoggedDate().toInstant());
        assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void a_429_asking_for_too_long_a_wait_fails_at_once_with_a_clear_message() {
        server.stubFor(get("/orders/1").willReturn(status(429).withHeader("Retry-After", "3600")));

        assertThatThrownBy(() -> client(3).send(HttpCall.get("/orders/1")))
                .isInstanceOf(RemoteUnavailableException.class)
                .hasMessage("VTEX OMS GET /orders/1: asked to wait 3600 s before retrying, more than the 5 s allowed");
        server.verify(1, getRequestedFor(urlEqualTo("/orders/1")));
    }

    @Test
    void a_persistent_500_fails_after_the_bounded_attempts_naming_the_request_and_never_the_token() {
        server.stubFor(get("/orders/1").willReturn(status(500).withBody("boom")));

        assertThatThrownBy(() -> client(4).send(HttpCall.get("/orders/1")))
                .isInstanceOf(RemoteUnavailableException.class)
                .hasMessage("VTEX OMS GET /orders/1: still answering 500 after 4 attempts")
                .satisfies(e -> assertThat(((RemoteCallException) e).status()).isEqualTo(500))
                .satisfies(e -> assertThat(e.toString()).doesNotContain(TOKEN));
        server.verify(4, getRequestedFor(urlEqualTo("/orders/1")));
    }

    @Test
    void a_server_that_never_answers_in_time_fails_after_the_bounded_attempts() {
        server.stubFor(get("/orders/1").willReturn(ok().withFixedDelay(4000)));

        assertThatThrownBy(() -> client(2).send(HttpCall.get("/orders/1")))
                .isInstanceOf(RemoteUnavailableException.class)
                .hasMessageStartingWith("VTEX OMS GET /orders/1: no answer after 2 attempts (HttpTimeoutException");
    }

    @Test
    void a_client_error_is_not_retried_and_carries_vtexs_message() {
        server.stubFor(get("/orders/1").willReturn(status(404).withBody("{\"error\":{\"code\":\"1\",\"message\":\"Order not found\"}}")));

        assertThatThrownBy(() -> client(3).send(HttpCall.get("/orders/1")))
                .isInstanceOf(ClientErrorException.class)
                .hasMessage("VTEX OMS GET /orders/1: answered 404: {\"error\":{\"code\":\"1\",\"message\":\"Order not found\"}}");
        server.verify(1, getRequestedFor(urlEqualTo("/orders/1")));
    }

    @Test
    void exchange_hands_client_errors_back_for_the_caller_to_read() {
        server.stubFor(get("/orders/1").willReturn(status(409).withBody("{\"error\":{\"code\":\"OMS003\"}}")));

        assertThat(client(3).exchange(HttpCall.get("/orders/1")).status()).isEqualTo(409);
    }

    @Test
    void a_refused_connection_is_unavailable_not_a_crash() {
        HttpSettings nowhere = new HttpSettings("VTEX Tracking", URI.create("http://127.0.0.1:1"), Duration.ofMillis(200),
                Duration.ofMillis(200), 2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1));

        assertThatThrownBy(() -> new RetryingHttpClient(nowhere, Map::of).send(HttpCall.get("/auth")))
                .isInstanceOf(RemoteUnavailableException.class)
                .hasMessageStartingWith("VTEX Tracking GET /auth: no answer after 2 attempts (ConnectException");
    }

    private static void postFailsThenSucceeds(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure) {
        server.stubFor(post("/services").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(failure).willSetStateTo("recovered"));
        server.stubFor(post("/services").inScenario("flaky").whenScenarioStateIs("recovered").willReturn(ok()));
    }

    @Test
    void a_post_whose_answer_is_late_is_not_sent_again_and_says_its_outcome_is_unknown() {
        postFailsThenSucceeds(ok().withFixedDelay(4000));

        assertThatThrownBy(() -> client(3).send(HttpCall.post("/services", "[]")))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessageStartingWith("VTEX OMS POST /services: no answer (HttpTimeoutException")
                .hasMessageEndingWith("; not sent again, since it may have been taken");
        server.verify(1, postRequestedFor(urlEqualTo("/services")));
    }

    @Test
    void a_post_answered_with_a_server_error_is_not_sent_again() {
        postFailsThenSucceeds(status(502));

        assertThatThrownBy(() -> client(3).send(HttpCall.post("/services", "[]")))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessage("VTEX OMS POST /services: answered 502; not sent again, since it may have been taken")
                .satisfies(e -> assertThat(((RemoteCallException) e).status()).isEqualTo(502));
        server.verify(1, postRequestedFor(urlEqualTo("/services")));
    }

    @Test
    void a_post_whose_connection_is_reset_after_sending_is_not_sent_again() {
        postFailsThenSucceeds(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThatThrownBy(() -> client(3).send(HttpCall.post("/services", "[]"))).isInstanceOf(OutcomeUnknownException.class);
        server.verify(1, postRequestedFor(urlEqualTo("/services")));
    }

    @Test
    void a_post_throttled_with_429_was_not_taken_and_is_sent_again() {
        postFailsThenSucceeds(status(429).withHeader("Retry-After", "0"));

        assertThat(client(3).send(HttpCall.post("/services", "[]")).status()).isEqualTo(200);
        server.verify(2, postRequestedFor(urlEqualTo("/services")));
    }

    @Test
    void a_post_declared_idempotent_is_sent_again_after_a_lost_answer() {
        postFailsThenSucceeds(ok().withFixedDelay(4000));

        assertThat(client(3).send(HttpCall.post("/services", "{}").asIdempotent()).status()).isEqualTo(200);
        server.verify(2, postRequestedFor(urlEqualTo("/services")));
    }

    @Test
    void a_put_setting_a_whole_state_is_sent_again_after_a_server_error() {
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put("/services").inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(status(503)).willSetStateTo("recovered"));
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.put("/services").inScenario("flaky")
                .whenScenarioStateIs("recovered").willReturn(ok()));

        assertThat(client(3).send(HttpCall.put("/services", "[]")).status()).isEqualTo(200);
        server.verify(2, com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(urlEqualTo("/services")));
    }

    @Test
    void a_post_that_could_not_connect_never_left_and_is_tried_again() {
        HttpSettings nowhere = new HttpSettings("VTEX Tracking", URI.create("http://127.0.0.1:1"), Duration.ofMillis(200),
                Duration.ofMillis(200), 2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1));

        assertThatThrownBy(() -> new RetryingHttpClient(nowhere, Map::of).send(HttpCall.post("/services", "[]")))
                .isExactlyInstanceOf(RemoteUnavailableException.class)
                .hasMessageStartingWith("VTEX Tracking POST /services: no answer after 2 attempts (ConnectException");
        assertThat(logs.all()).contains("VTEX Tracking POST /services: ConnectException").contains("attempt 1 of 2 failed, trying again");
    }

    @Test
    void refused_credentials_or_permissions_are_not_a_client_error_of_the_request() {
        server.stubFor(get("/orders/1").willReturn(status(401).withBody("{\"error\":{\"code\":\"1\",\"message\":\"Unauthorized access\"}}")));
        server.stubFor(get("/orders/2").willReturn(status(403)));

        assertThatThrownBy(() -> client(3).send(HttpCall.get("/orders/1")))
                .isExactlyInstanceOf(AccessRefusedException.class)
                .hasMessage("VTEX OMS GET /orders/1: answered 401: the credentials were refused ({\"error\":{\"code\":\"1\",\"message\":\"Unauthorized access\"}})");
        assertThatThrownBy(() -> client(3).exchange(HttpCall.get("/orders/2")))
                .isExactlyInstanceOf(AccessRefusedException.class)
                .hasMessage("VTEX OMS GET /orders/2: answered 403: the credentials lack the permission this request needs");
        server.verify(1, getRequestedFor(urlEqualTo("/orders/1")));
    }

    @Test
    void a_paced_client_keeps_its_rate_however_many_threads_call_it() throws Exception {
        server.stubFor(get("/orders/1").willReturn(ok("{}")));
        HttpSettings paced = new HttpSettings("VTEX OMS", URI.create(server.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(5), 3,
                Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5)).withMaxRequestsPerSecond(20);
        RetryingHttpClient client = new RetryingHttpClient(paced, Map::of);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);

        long start = System.nanoTime();
        List<java.util.concurrent.Future<HttpReply>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 41; i++) {
            calls.add(threads.submit(() -> client.send(HttpCall.get("/orders/1"))));
        }
        for (java.util.concurrent.Future<HttpReply> call : calls) {
            assertThat(call.get().status()).isEqualTo(200);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        threads.shutdown();

        // 41 requests at 20 a second, evenly spread: the last one cannot start before 2 seconds.
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        server.verify(41, getRequestedFor(urlEqualTo("/orders/1")));
    }

    @Test
    void query_values_are_encoded() {
        assertThat(HttpCall.withQuery("/api/oms/pvt/orders", Map.of("f_invoicedDate", "invoicedDate:[a TO b]")))
                .isEqualTo("/api/oms/pvt/orders?f_invoicedDate=invoicedDate%3A%5Ba%20TO%20b%5D");
    }
}
