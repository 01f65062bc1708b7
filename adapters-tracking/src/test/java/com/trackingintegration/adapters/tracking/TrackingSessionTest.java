package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.port.AccessDeniedException;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.trackingintegration.domain.port.CredentialCheck;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.PASSWORD;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.TOKEN;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.USER;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.authReply;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.unrouted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingSessionTest extends TrackingWireMockTest {

    @Test
    void logs_in_lazily_once_and_reuses_the_token() {
        stubLogin();
        server.stubFor(post("/receiver/services").willReturn(ok()));
        VtexTrackingDeliveryServices services = new VtexTrackingDeliveryServices(api(50, 100));
        server.verify(0, postRequestedFor(urlEqualTo("/receiver/auth")));

        services.send(List.of(unrouted("1001")));
        services.send(List.of(unrouted("1002")));

        server.verify(1, postRequestedFor(urlEqualTo("/receiver/auth"))
                .withRequestBody(equalToJson("{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}")));
        server.verify(2, postRequestedFor(urlEqualTo("/receiver/services")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void a_token_refused_with_401_is_renewed_once_and_the_call_goes_through() {
        server.stubFor(post("/receiver/auth").inScenario("login").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(authReply("old-token", START))).willSetStateTo("renewed"));
        server.stubFor(post("/receiver/auth").inScenario("login").whenScenarioStateIs("renewed")
                .willReturn(okJson(authReply(TOKEN, START))));
        server.stubFor(post("/receiver/services").withHeader("Authorization", equalTo("Bearer old-token")).willReturn(unauthorized()));
        server.stubFor(post("/receiver/services").withHeader("Authorization", equalTo("Bearer " + TOKEN)).willReturn(ok()));

        List<com.trackingintegration.domain.port.DeliveryServices.SendResult> results =
                new VtexTrackingDeliveryServices(api(50, 100)).send(List.of(unrouted("1001")));

        assertThat(results).singleElement().satisfies(r -> assertThat(r.accepted()).isTrue());
        server.verify(2, postRequestedFor(urlEqualTo("/receiver/auth")));
    }

    /** Two callers (threads) sent the same token and both heard 401: the second must not drop the first's new login. */
    @Test
    void callers_refused_together_log_in_once_and_a_late_refusal_keeps_the_newer_token() throws Exception {
        server.stubFor(post("/receiver/auth").inScenario("login").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(authReply("old-token", START))).willSetStateTo("renewed"));
        server.stubFor(post("/receiver/auth").inScenario("login").whenScenarioStateIs("renewed")
                .willReturn(okJson(authReply(TOKEN, START))).willSetStateTo("third"));
        server.stubFor(post("/receiver/auth").inScenario("login").whenScenarioStateIs("third")
                .willReturn(okJson(authReply("third-token", START))));
        TrackingSession session = new TrackingSession(TrackingTestSupport.settings(server, 50, 100), clock);
        java.util.concurrent.ExecutorService first = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.ExecutorService second = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            assertThat(first.submit(session::token).get()).isEqualTo("old-token");
            assertThat(second.submit(session::token).get()).isEqualTo("old-token");

            first.submit(session::refused).get();
            assertThat(first.submit(session::token).get()).as("the first caller's new login").isEqualTo(TOKEN);
            second.submit(session::refused).get();

            assertThat(second.submit(session::token).get()).as("the second caller refused the old token, not the new one").isEqualTo(TOKEN);
            server.verify(2, postRequestedFor(urlEqualTo("/receiver/auth")));
        } finally {
            first.shutdownNow();
            second.shutdownNow();
        }
    }

    @Test
    void a_token_about_to_expire_is_renewed_before_use() {
        stubLogin();
        server.stubFor(post("/receiver/services").willReturn(ok()));
        VtexTrackingDeliveryServices services = new VtexTrackingDeliveryServices(api(50, 100));

        services.send(List.of(unrouted("1001")));
        clock.advance(Duration.ofDays(30).minus(TrackingSession.RENEW_BEFORE));
        services.send(List.of(unrouted("1002")));

        server.verify(2, postRequestedFor(urlEqualTo("/receiver/auth")));
    }

    @Test
    void rejected_credentials_are_a_distinct_error_naming_the_user_and_not_the_password() {
        server.stubFor(post("/receiver/auth").willReturn(unauthorized()));

        assertThatThrownBy(() -> new VtexTrackingDeliveryServices(api(50, 100)).send(List.of(unrouted("1001"))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("VTEX Tracking rejected the credentials of user '" + USER + "' (POST /auth answered 401 Unauthorized):"
                        + " check vtex.tracking.username and vtex.tracking.password")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD));
        server.verify(0, postRequestedFor(urlPathEqualTo("/receiver/services")));
    }

    @Test
    void the_credential_check_says_whether_tracking_accepts_the_user() {
        stubLogin();
        assertThat(new VtexTrackingCredentials(api(50, 100)).check().valid()).isTrue();

        server.resetAll();
        server.stubFor(post("/receiver/auth").willReturn(unauthorized()));
        var rejected = new VtexTrackingCredentials(api(50, 100)).check();

        assertThat(rejected.outcome()).isEqualTo(CredentialCheck.Outcome.REFUSED);
        assertThat(rejected.system()).isEqualTo("VTEX Tracking");
        assertThat(rejected.message()).contains("rejected the credentials").doesNotContain(PASSWORD);
    }

    @Test
    void a_check_logs_in_again_even_with_a_token_in_hand_so_a_changed_password_is_caught() {
        stubLogin();
        VtexTrackingCredentials check = new VtexTrackingCredentials(api(50, 100));
        assertThat(check.check().valid()).isTrue();

        server.stubFor(post("/receiver/auth").willReturn(unauthorized()));

        assertThat(check.check().valid()).isFalse();
    }

    @Test
    void an_unreachable_tracking_is_reported_by_the_check_not_thrown() {
        server.stubFor(post("/receiver/auth").willReturn(status(503)));

        var result = new VtexTrackingCredentials(api(50, 100)).check();

        assertThat(result.outcome()).isEqualTo(CredentialCheck.Outcome.UNREACHABLE);
        assertThat(result.message()).isEqualTo("could not be reached (VTEX Tracking POST /auth: still answering 503 after 3 attempts);"
                + " nothing was read or sent");
        server.verify(0, getRequestedFor(urlPathEqualTo("/receiver/services")));
    }

    @Test
    void settings_never_print_the_password() {
        assertThat(TrackingTestSupport.settings(server, 1, 1).toString()).doesNotContain(PASSWORD).contains("password=******");
    }
}
