package com.trackingintegration.adapters.oms;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.trackingintegration.domain.external.ExternalOrder;
import com.trackingintegration.domain.external.ExternalOrderProgress;
import com.trackingintegration.domain.external.FulfillmentState;
import com.trackingintegration.domain.external.StepResult;
import com.trackingintegration.domain.port.AccessDeniedException;
import com.trackingintegration.domain.port.RequestRefusedException;
import com.trackingintegration.http.OutcomeUnknownException;
import com.trackingintegration.domain.port.SystemUnavailableException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.trackingintegration.domain.fixtures.ErpOrderBuilder.anErpOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VtexOmsExternalOrdersTest extends OmsWireMockTest {

    private static final String OMS_ID = "TRK-ERP-1001";
    private static final String PLACED = "{\"orderId\":\"TRK-ERP-1001\",\"status\":\"success\",\"message\":\"Order placed\"}";
    private static final String DISPATCHED = "{\"status\":\"success\",\"message\":\"ok\",\"orderId\":\"TRK-ERP-1001\"}";
    private static final String RECEIPT = "{\"date\":\"2026-11-27T01:00:00-03:00\",\"orderId\":\"TRK-ERP-1001\",\"receipt\":\"38e0e47d\"}";
    private static final String NOT_READY = "{\"error\":{\"code\":\"OMS003\",\"message\":\"Order status should be ready-for-handling to perform this action\",\"exception\":null}}";

    private final VtexOmsExternalOrders oms = new VtexOmsExternalOrders(settings(1));
    private final ExternalOrder order = new ExternalOrder("TRK", Optional.of("1"), anErpOrder().build());

    private static JsonNode bodyOf(String path) {
        return OmsExamples.JSON.readTree(server.findAll(postRequestedFor(urlPathEqualTo(path))).get(0).getBodyAsString());
    }

    private static void stubAllSteps() {
        server.stubFor(get("/api/oms/pvt/orders/" + OMS_ID).willReturn(notFound()));
        server.stubFor(post(urlPathEqualTo("/api/fulfillment/pvt/orders")).willReturn(okJson(PLACED)));
        server.stubFor(post(urlPathEqualTo("/api/fulfillment/pvt/orders/" + OMS_ID + "/fulfill")).willReturn(okJson(DISPATCHED).withStatus(201)));
        server.stubFor(post("/api/oms/pvt/orders/" + OMS_ID + "/start-handling").willReturn(aResponse().withStatus(204)));
        server.stubFor(post("/api/oms/pvt/orders/" + OMS_ID + "/invoice").willReturn(okJson(RECEIPT)));
    }

    @Test
    void takes_an_erp_order_through_the_four_steps_of_vteXs_guide() {
        stubAllSteps();
        List<FulfillmentState> saved = new ArrayList<>();

        ExternalOrderProgress.Progress progress = new ExternalOrderProgress(oms).advance(order, FulfillmentState.NEW, (o, s) -> saved.add(s));

        assertThat(progress.state()).isEqualTo(FulfillmentState.INVOICED);
        assertThat(saved).containsExactly(FulfillmentState.PLACED, FulfillmentState.DISPATCH_AUTHORIZED,
                FulfillmentState.HANDLING_STARTED, FulfillmentState.INVOICED);
        server.verify(postRequestedFor(urlEqualTo("/api/fulfillment/pvt/orders?affiliateId=TRK&sc=1")));
        server.verify(postRequestedFor(urlEqualTo("/api/fulfillment/pvt/orders/TRK-ERP-1001/fulfill?affiliateId=TRK&sc=1"))
                .withRequestBody(equalToJson("{\"marketplaceOrderId\":\"ERP-1001\"}")));
    }

    @Test
    void the_placed_order_carries_the_erp_id_payment_items_customer_and_address() {
        stubAllSteps();

        oms.place(order);

        JsonNode body = bodyOf("/api/fulfillment/pvt/orders");
        assertThat(body.get("marketplaceOrderId").asString()).isEqualTo("ERP-1001");
        assertThat(body.get("marketplacePaymentValue").asLong()).isEqualTo(4980);
        assertThat(body.at("/items/0/id").asString()).isEqualTo("1");
        assertThat(body.at("/items/0/quantity").asInt()).isEqualTo(2);
        assertThat(body.at("/items/0/seller").asString()).isEqualTo("1");
        assertThat(body.at("/clientProfileData/documentType").asString()).isEqualTo("cpf");
        assertThat(body.at("/shippingData/address/postalCode").asString()).isEqualTo("22250-040");
        assertThat(body.at("/shippingData/logisticsInfo/0/selectedSla").asString()).isEqualTo("Normal");
        assertThat(body.at("/shippingData/logisticsInfo/0/price").asLong()).isEqualTo(1000);
    }

    @Test
    void the_invoice_is_an_output_with_its_value_as_a_string_of_cents_and_its_items() {
        stubAllSteps();

        oms.invoice(OMS_ID, order.invoiceNotification());

        server.verify(postRequestedFor(urlEqualTo("/api/oms/pvt/orders/TRK-ERP-1001/invoice")).withRequestBody(equalToJson(
                "{\"type\":\"Output\",\"issuanceDate\":\"2026-11-20T11:00:00Z\",\"invoiceNumber\":\"123456\",\"invoiceValue\":\"4980\","
                        + "\"invoiceKey\":\"35201100063960001504590006629690333214542150\",\"invoiceUrl\":\"https://erp.example.com/nfe/123456.pdf\","
                        + "\"courier\":\"\",\"trackingNumber\":\"\",\"trackingUrl\":\"\",\"items\":[{\"id\":\"1\",\"price\":1990,\"quantity\":2}]}")));
    }

    @Test
    void start_handling_in_the_cancellation_window_is_not_yet_and_the_order_waits() {
        stubAllSteps();
        server.stubFor(post("/api/oms/pvt/orders/" + OMS_ID + "/start-handling").willReturn(status(409).withHeader("Content-Type", "application/json").withBody(NOT_READY)));

        ExternalOrderProgress.Progress progress = new ExternalOrderProgress(oms).advance(order, FulfillmentState.NEW, (o, s) -> { });

        assertThat(progress.state()).isEqualTo(FulfillmentState.DISPATCH_AUTHORIZED);
        assertThat(progress.waitingFor()).contains("OMS003").contains("cancellation window");
        server.verify(0, postRequestedFor(urlEqualTo("/api/oms/pvt/orders/" + OMS_ID + "/invoice")));
    }

    @Test
    void another_conflict_on_start_handling_is_an_error_naming_the_request() {
        server.stubFor(post("/api/oms/pvt/orders/" + OMS_ID + "/start-handling")
                .willReturn(status(409).withHeader("Content-Type", "application/json").withBody("{\"error\":{\"code\":\"OMS999\",\"message\":\"Other\",\"exception\":null}}")));

        assertThatThrownBy(() -> oms.startHandling(OMS_ID)).isInstanceOf(RequestRefusedException.class)
                .hasMessageStartingWith("VTEX OMS POST /api/oms/pvt/orders/TRK-ERP-1001/start-handling: answered 409");
    }

    @Test
    void an_order_the_oms_already_has_after_a_crash_is_not_placed_again() {
        stubAllSteps();
        server.stubFor(get("/api/oms/pvt/orders/" + OMS_ID).willReturn(okJson(OmsExamples.getOrder(OMS_ID, "window-to-cancel").toString())));

        new ExternalOrderProgress(oms).advance(order, FulfillmentState.NEW, (o, s) -> { });

        server.verify(0, postRequestedFor(urlPathEqualTo("/api/fulfillment/pvt/orders")));
        server.verify(1, postRequestedFor(urlPathEqualTo("/api/fulfillment/pvt/orders/" + OMS_ID + "/fulfill")));
    }

    private static String orderIn(String status) {
        return OmsExamples.getOrder(OMS_ID, status).toString();
    }

    /** The order with this invoice among its packages, as the OMS shows it once invoiced. */
    private static String orderInvoiced(String invoiceNumber) {
        var order = OmsExamples.getOrder(OMS_ID, "invoiced");
        ((tools.jackson.databind.node.ObjectNode) order.at("/packageAttachment/packages/0")).put("invoiceNumber", invoiceNumber);
        return order.toString();
    }

    @Test
    void an_invoice_refused_with_a_server_error_and_not_taken_is_sent_again() {
        stubAllSteps();
        server.stubFor(get("/api/oms/pvt/orders/" + OMS_ID).willReturn(okJson(orderIn("handling"))));
        server.stubFor(post("/api/oms/pvt/orders/" + OMS_ID + "/invoice").inScenario("invoice").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(status(503)).willSetStateTo("up"));
        server.stubFor(post("/api/oms/pvt/orders/" + OMS_ID + "/invoice").inScenario("invoice").whenScenarioStateIs("up").willReturn(okJson(RECEIPT)));

        oms.invoice(OMS_ID, order.invoiceNotification());

        server.verify(2, postRequestedFor(urlEqualTo("/api/oms/pvt/orders/" + OMS_ID + "/invoice")).withHeader("X-VTEX-API-AppKey", equalTo(APP_KEY)));
        server.verify(1, getRequestedFor(urlEqualTo("/api/oms/pvt/orders/" + OMS_ID)));
    }

    @Test
    void an_invoice_taken_but_answered_too_late_is_not_sent_again() {
        stubAllSteps();
        server.stubFor(post("/api/oms/pvt/orders/" + OMS_ID + "/invoice").willReturn(okJson(RECEIPT).withFixedDelay(5000)));
        server.stubFor(get("/api/oms/pvt/orders/" + OMS_ID).willReturn(okJson(orderInvoiced("123456"))));

        oms.invoice(OMS_ID, order.invoiceNotification());

        server.verify(1, postRequestedFor(urlEqualTo("/api/oms/pvt/orders/" + OMS_ID + "/invoice")));
        assertThat(logs()).contains("reading the order back before sending it again");
    }

    @Test
    void an_order_placed_but_answered_too_late_is_found_and_not_placed_again() {
        stubAllSteps();
        server.stubFor(post(urlPathEqualTo("/api/fulfillment/pvt/orders")).inScenario("place").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(PLACED).withFixedDelay(5000)).willSetStateTo("created"));
        server.stubFor(get("/api/oms/pvt/orders/" + OMS_ID).inScenario("place").whenScenarioStateIs("created")
                .willReturn(okJson(orderIn("window-to-cancel"))));
        List<FulfillmentState> saved = new ArrayList<>();

        new ExternalOrderProgress(oms).advance(order, FulfillmentState.NEW, (o, s) -> saved.add(s));

        assertThat(saved).contains(FulfillmentState.PLACED, FulfillmentState.INVOICED);
        server.verify(1, postRequestedFor(urlPathEqualTo("/api/fulfillment/pvt/orders")));
    }

    @Test
    void a_start_handling_whose_answer_was_lost_is_read_back_from_the_order_status() {
        server.stubFor(post("/api/oms/pvt/orders/" + OMS_ID + "/start-handling")
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        server.stubFor(get("/api/oms/pvt/orders/" + OMS_ID).willReturn(okJson(orderIn("handling"))));

        assertThat(oms.startHandling(OMS_ID).done()).isTrue();
        server.verify(1, postRequestedFor(urlEqualTo("/api/oms/pvt/orders/" + OMS_ID + "/start-handling")));
    }

    @Test
    void a_start_handling_refused_because_handling_already_started_is_done_not_waiting_forever() {
        server.stubFor(post("/api/oms/pvt/orders/" + OMS_ID + "/start-handling").willReturn(status(409).withHeader("Content-Type", "application/json").withBody(NOT_READY)));
        server.stubFor(get("/api/oms/pvt/orders/" + OMS_ID).willReturn(okJson(orderIn("handling"))));

        assertThat(oms.startHandling(OMS_ID).done()).isTrue();
    }

    @Test
    void a_step_whose_answer_is_lost_every_time_fails_after_the_bounded_look_ups() {
        server.stubFor(post("/api/oms/pvt/orders/" + OMS_ID + "/start-handling").willReturn(status(500)));
        server.stubFor(get("/api/oms/pvt/orders/" + OMS_ID).willReturn(okJson(orderIn("ready-for-handling"))));

        assertThatThrownBy(() -> oms.startHandling(OMS_ID)).isInstanceOf(SystemUnavailableException.class).hasCauseInstanceOf(OutcomeUnknownException.class)
                .hasMessage("VTEX OMS POST /api/oms/pvt/orders/TRK-ERP-1001/start-handling: answered 500; not sent again, since it may have been taken");
        server.verify(VtexOmsExternalOrders.LOOK_UPS + 1, postRequestedFor(urlEqualTo("/api/oms/pvt/orders/" + OMS_ID + "/start-handling")));
    }

    @Test
    void a_step_the_key_may_not_take_fails_the_run_rather_than_the_order() {
        server.stubFor(post("/api/oms/pvt/orders/" + OMS_ID + "/start-handling").willReturn(status(403)));

        assertThatThrownBy(() -> oms.startHandling(OMS_ID)).isInstanceOf(AccessDeniedException.class)
                .isNotInstanceOf(RequestRefusedException.class)
                .hasMessageContaining("app key '" + APP_KEY + "' lacks the permission for this request");
    }
}
