package com.trackingintegration.adapters.oms;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.http.CapturedLogs;
import com.trackingintegration.http.ContractCheck;
import com.trackingintegration.http.ContractCheck.SpecMistake;
import com.trackingintegration.http.HttpSettings;
import com.trackingintegration.http.SideBySide;
import com.trackingintegration.http.VtexContracts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VTEX OMS served by WireMock. After each test every exchange is validated against VTEX's specs (the fulfillment
 * calls against the external-orders spec, the rest against the Orders API), and no log line may hold the app token.
 */
abstract class OmsWireMockTest {

    static final String APP_KEY = "vtexappkey-loja-ABCDEF";
    static final String APP_TOKEN = "APP-TOKEN-THAT-MUST-NEVER-BE-LOGGED-0123456789";

    static final List<SpecMistake> SPEC_MISTAKES = List.of(
            SpecMistake.UNLISTED_ERROR_STATUSES,
            new SpecMistake("POST", "", "validation.request.parameter.missing", "accountName",
                    "the external-orders spec declares the server variables accountName and environment as required"
                            + " path parameters, although the paths hold no such segment: they are the host name"),
            new SpecMistake("POST", "", "validation.request.parameter.missing", "environment",
                    "same as accountName: a server variable mistaken for a path parameter in the external-orders spec"),
            // The Get order answers stubbed here are the spec's own example, which breaks the spec's schema:
            new SpecMistake("GET", "", "validation.response.body.schema.additionalProperties", "[\"priceDefinition\"]",
                    "the Get order example has items[].priceDefinition, which the schema does not define"),
            new SpecMistake("GET", "", "validation.response.body.schema.additionalProperties", "[\"deliveryChannel\"]",
                    "the Get order example writes logisticsInfo[].deliveryChannel and slas[].deliveryChannel, the schema"
                            + " names only selectedDeliveryChannel (vtex-apis.md, section 3); the mapper reads both"),
            new SpecMistake("GET", "", "validation.response.body.schema.type", "/additionalInfo/dimension/",
                    "the Get order example gives item dimensions as decimals (1.0), the schema types them integer"),
            new SpecMistake("GET", "", "validation.response.body.schema.type", "/unitMultiplier'",
                    "the Get order example gives unitMultiplier as a decimal (1.0), the schema types it integer"));

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(new InvoicedOrdersTransformer(), new SideBySide(), new UnansweredGetOrder())).build();

    private CapturedLogs logs;

    @BeforeEach
    void captureLogs() {
        logs = new CapturedLogs();
    }

    static OmsSettings settings(int fetchConcurrency) {
        HttpSettings http = new HttpSettings("VTEX OMS", URI.create(server.baseUrl()), Duration.ofSeconds(2), Duration.ofSeconds(2),
                3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5));
        return new OmsSettings("loja", APP_KEY, APP_TOKEN, 100, 30, Duration.ofMinutes(5), fetchConcurrency, "1",
                "https://marketplaceservices.invalid", Duration.ofSeconds(250), Duration.ofDays(4), http);
    }

    String logs() {
        return logs.all();
    }

    @AfterEach
    void everyExchangeFollowsTheSpecsAndNoSecretLeaks() {
        logs.close();
        assertThat(logs.all()).doesNotContain(APP_TOKEN);
        ContractCheck.against(VtexContracts.EXTERNAL_ORDERS, SPEC_MISTAKES)
                .assertServedExchangesValid(server, path -> path.startsWith("/api/fulfillment/"));
        ContractCheck.against(VtexContracts.ORDERS_API, SPEC_MISTAKES)
                .assertServedExchangesValid(server, path -> !path.startsWith("/api/fulfillment/"));
    }
}
