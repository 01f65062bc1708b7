package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.port.CredentialCheck;
import com.trackingintegration.domain.port.CredentialCheck.Result;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.forbidden;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class VtexOmsCredentialsTest extends OmsWireMockTest {

    private final VtexOmsCredentials check = new VtexOmsCredentials(settings(1));

    @Test
    void accepted_credentials_are_valid() {
        server.stubFor(get(urlEqualTo("/api/oms/pvt/orders?per_page=1"))
                .willReturn(okJson(OmsExamples.listPage(java.util.List.of("1-01"), 1, 1, 1))));

        assertThat(check.check().valid()).isTrue();
    }

    @Test
    void a_rejected_token_names_the_app_key_and_never_the_token() {
        server.stubFor(get(urlEqualTo("/api/oms/pvt/orders?per_page=1")).willReturn(unauthorized()));

        Result result = check.check();

        assertThat(result.outcome()).isEqualTo(CredentialCheck.Outcome.REFUSED);
        assertThat(result.message()).isEqualTo("VTEX OMS rejected the app key or token for app key '" + APP_KEY
                + "' (GET /api/oms/pvt/orders answered 401): check vtex.oms.app-key and vtex.oms.app-token");
        assertThat(result.message()).doesNotContain(APP_TOKEN);
    }

    @Test
    void a_key_without_the_needed_role_says_so() {
        server.stubFor(get(urlEqualTo("/api/oms/pvt/orders?per_page=1")).willReturn(forbidden()));

        assertThat(check.check().message()).contains("lacks a permission");
    }

    @Test
    void an_unreachable_oms_is_reported_not_thrown() {
        server.stubFor(get(urlEqualTo("/api/oms/pvt/orders?per_page=1")).willReturn(serverError()));

        Result result = check.check();

        assertThat(result.outcome()).isEqualTo(CredentialCheck.Outcome.UNREACHABLE);
        assertThat(result.message()).isEqualTo("could not be reached (VTEX OMS GET /api/oms/pvt/orders?per_page=1: still answering 500"
                + " after 3 attempts); nothing was read or sent");
    }
}
