package com.trackingintegration.http;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.http.ContractCheck.SpecMistake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract check itself: it must catch a request that breaks the spec, or it proves nothing. */
class ContractCheckTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private RetryingHttpClient client;

    @BeforeEach
    void setUp() {
        server.stubFor(any(anyUrl()).willReturn(ok()));
        client = new RetryingHttpClient(new HttpSettings("VTEX Tracking", URI.create(server.baseUrl() + "/receiver"),
                Duration.ofSeconds(2), Duration.ofSeconds(10), 1, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(1)),
                () -> Map.of("Authorization", "Bearer t"));
    }

    @Test
    void a_delivery_service_without_its_required_fields_is_caught() {
        ContractCheck check = ContractCheck.against(VtexContracts.TRACKING, List.of());
        client.send(HttpCall.post("/services", "[{\"shipperCustomer\":{\"legalType\":\"PF\",\"state\":\"RJX\"}}]"));

        assertThatThrownBy(() -> check.assertServedExchangesValid(server))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("addressStreet")
                .hasMessageContaining("postalCode")
                .hasMessageContaining("maxLength");
    }

    @Test
    void a_well_formed_request_passes() {
        client.send(HttpCall.post("/services", "[{\"shipperCustomer\":{\"legalType\":\"PF\",\"addressStreet\":\"Rua A\","
                + "\"postalCode\":\"22250-040\"},\"invoiceOrderOfService\":\"1\"}]"));

        assertThat(ContractCheck.against(VtexContracts.TRACKING, List.of()).assertServedExchangesValid(server)).isEqualTo(1);
    }

    @Test
    void a_declared_spec_mistake_hides_only_the_exchange_it_names() {
        client.send(HttpCall.post("/services", "[{\"shipperCustomer\":{\"legalType\":\"PF\"}}]"));
        SpecMistake elsewhere = new SpecMistake("POST", "/services/routes", "validation.request.body.schema.required", "", "test");
        ContractCheck check = ContractCheck.against(VtexContracts.TRACKING, List.of(elsewhere));

        assertThatThrownBy(() -> check.assertServedExchangesValid(server))
                .isInstanceOf(AssertionError.class);
    }
}
