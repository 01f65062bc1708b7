package com.trackingintegration.adapters.tracking;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trackingintegration.domain.port.DeliveryServices.InvoiceRef;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.ExternalId;
import com.trackingintegration.domain.port.DeliveryServices.SendResult;
import com.trackingintegration.domain.port.AccessDeniedException;
import com.trackingintegration.domain.port.RequestRefusedException;
import com.trackingintegration.domain.port.SystemUnavailableException;
import com.trackingintegration.http.SideBySide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.badRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.forbidden;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.JSON;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.detailed;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.detailedRouted;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.page;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.routed;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.serviceExample;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.unrouted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VtexTrackingDeliveryServicesTest extends TrackingWireMockTest {

    private VtexTrackingDeliveryServices services(int maxBatchSize) {
        stubLogin();
        return new VtexTrackingDeliveryServices(api(maxBatchSize, 100));
    }

    private static List<JsonNode> bodies(String path) {
        return server.findAll(postRequestedFor(urlEqualTo(path))).stream().map(LoggedRequest::getBodyAsString)
                .map(JSON::readTree).toList();
    }

    /** The batch (a JSON array of services) holding this invoice: batches are sent at once, in no fixed order. */
    private static JsonNode withInvoice(List<JsonNode> batches, String invoice) {
        return batches.stream().filter(b -> b.findValuesAsString("invoiceOrderOfService").contains(invoice)).findFirst().orElseThrow();
    }

    @Test
    void a_send_makes_its_requests_side_by_side_so_a_chunk_takes_one_round_trip() {
        VtexTrackingDeliveryServices services = services(1);
        server.stubFor(post("/receiver/services").willReturn(ok().withTransformers(SideBySide.NAME)));
        SideBySide.expect(4);

        List<SendResult> results = services.send(List.of(unrouted("1001"), unrouted("1002"), unrouted("1003"), unrouted("1004")));

        assertThat(results).extracting(r -> r.service().invoiceNumber()).as("results in the order of the requests").containsExactly("1001", "1002", "1003", "1004");
        server.verify(4, postRequestedFor(urlEqualTo("/receiver/services")));
        assertThat(SideBySide.metTogether()).as("the four requests in flight at once").isTrue();
    }

    @Test
    void unrouted_services_go_to_post_services_in_batches_of_the_configured_size() {
        VtexTrackingDeliveryServices services = services(2);
        server.stubFor(post("/receiver/services").willReturn(ok()));

        List<SendResult> results = services.send(List.of(unrouted("1001"), unrouted("1002"), unrouted("1003")));

        assertThat(results).extracting(r -> r.service().invoiceNumber()).containsExactly("1001", "1002", "1003");
        assertThat(results).allMatch(SendResult::accepted);
        List<JsonNode> bodies = bodies("/receiver/services");
        assertThat(bodies).extracting(JsonNode::size).containsExactlyInAnyOrder(2, 1);
        JsonNode first = withInvoice(bodies, "1001").get(0);
        assertThat(first.get("deliveryServiceType").asString()).isEqualTo("Entrega");
        assertThat(first.get("invoiceOrderOfService").asString()).isEqualTo("1001");
        assertThat(first.get("orderNumber").asString()).isEqualTo("ORD-1001");
        assertThat(first.at("/shipperCustomer/legalType").asString()).isEqualTo("PF");
        assertThat(first.at("/shipperCustomer/postalCode").asString()).isEqualTo("22630-011");
        assertThat(first.at("/shipperCustomer").has("companyName")).as("empty fields are left out").isFalse();
    }

    @Test
    void routed_services_go_to_post_services_routes_one_request_per_route() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(post("/receiver/services/routes").willReturn(ok()));

        List<SendResult> results = services.send(List.of(routed("2001", "joao"), routed("2002", "maria"), routed("2003", "joao")));

        assertThat(results).hasSize(3).allMatch(SendResult::accepted);
        List<JsonNode> bodies = bodies("/receiver/services/routes");
        assertThat(bodies).hasSize(2);
        JsonNode joao = bodies.stream().filter(b -> b.at("/deliveryServiceRoute/carrier/username").asString().equals("joao")).findFirst().orElseThrow();
        assertThat(joao.at("/deliveryServiceRoute/carrier/username").asString()).isEqualTo("joao");
        assertThat(joao.at("/deliveryServiceRoute/displacementType").asString()).isEqualTo("Caminhão");
        assertThat(joao.at("/deliveryServiceRoute/vehicle/registrationPlate").asString()).isEqualTo("XPT-0123");
        assertThat(joao.at("/deliveryServiceRoute/deliveryServiceDate").asString()).isEqualTo("2026-11-21T00:00:00-03:00");
        assertThat(joao.at("/deliveryServiceRoute/addressStart/state").asString()).isEqualTo("RJ");
        assertThat(joao.get("deliveryService")).extracting(s -> s.get("invoiceOrderOfService").asString()).containsExactly("2001", "2003");
        server.verify(0, postRequestedFor(urlEqualTo("/receiver/services")));
    }

    @Test
    void a_service_with_every_detail_goes_as_the_spec_defines_it() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(post("/receiver/services").willReturn(ok()));
        server.stubFor(post("/receiver/services/routes").willReturn(ok()));

        assertThat(services.send(List.of(detailed("1001"), detailedRouted("2001", "joao")))).allMatch(SendResult::accepted);

        // the requests themselves are validated against tracking.json after the test (TrackingWireMockTest)
        JsonNode unrouted = bodies("/receiver/services").get(0).get(0);
        assertThat(unrouted.get("idExternal").asString()).isEqualTo(ExternalId.of(detailed("1001").service().id()));
        assertThat(unrouted.at("/deliveryServiceScheduling/shipperCustomerSchedulingDateTime").asString())
                .as("the window's start, in Brasília time").isEqualTo("2026-12-02T12:00:00-03:00");
        assertThat(unrouted.at("/deliveryServiceScheduling/afternoonPeriod").asBoolean()).isTrue();
        assertThat(unrouted.at("/deliveryServiceScheduling/morningPeriod").isBoolean()).as("a period not covered is false, not left out").isTrue();
        assertThat(unrouted.get("packingList").asString()).isEqualTo("2 x BIGBML; 1 x 7060874");
        assertThat(unrouted.get("sender").asString()).isEqualTo("Loja Exemplo");
        assertThat(unrouted.get("cnpjbranch").asString()).isEqualTo("11222333000181");
        assertThat(unrouted.get("cnpjcarrier").asString()).isEqualTo("05314972000174");
        JsonNode routed = bodies("/receiver/services/routes").get(0).at("/deliveryService/0");
        assertThat(routed.get("packingList").asString()).isEqualTo("2 x BIGBML; 1 x 7060874");
        assertThat(routed.get("integrationDateTime").asString()).isEqualTo(unrouted.get("integrationDateTime").asString());
    }

    @Test
    void integration_date_time_is_the_adapter_clocks_time_of_each_send() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(post("/receiver/services").willReturn(ok()));

        services.send(List.of(detailed("1001")));
        clock.advance(java.time.Duration.ofMinutes(90));
        services.send(List.of(detailed("1001")));

        assertThat(bodies("/receiver/services")).extracting(b -> b.get(0).get("integrationDateTime").asString())
                .as("START is 2026-11-27T03:00Z, midnight in Brasília").containsExactlyInAnyOrder("2026-11-27T00:00:00-03:00", "2026-11-27T01:30:00-03:00");
    }

    @Test
    void a_refused_batch_is_sent_again_one_by_one_so_only_the_bad_service_is_refused() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(post("/receiver/services").willReturn(ok()));
        server.stubFor(post("/receiver/services").withRequestBody(containing("\"1002\""))
                .willReturn(badRequest()));

        List<SendResult> results = services.send(List.of(unrouted("1001"), unrouted("1002"), unrouted("1003")));

        assertThat(results).extracting(r -> r.service().invoiceNumber(), SendResult::accepted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1001", true), org.assertj.core.groups.Tuple.tuple("1002", false),
                        org.assertj.core.groups.Tuple.tuple("1003", true));
        assertThat(results.get(1).message()).isEqualTo("VTEX Tracking answered 400");
        server.verify(4, postRequestedFor(urlEqualTo("/receiver/services")));
        assertThat(logs()).contains("refused a batch of 3 delivery services (400); sending them one by one");
    }

    /**
     * tracking.json lists no error answer for POST /services/routes (and a 400 without body for POST /services): what
     * VTEX writes in one is not documented, so the adapter assumes the worst, an answer quoting the request back.
     */
    @Test
    void a_refusal_quoting_the_service_back_keeps_what_to_fix_and_masks_the_recipient_and_the_driver() {
        VtexTrackingDeliveryServices services = services(50);
        var sent = routed("1002", "empresa-joao.silva");
        var recipient = sent.service().recipient();
        String echo = "{\"message\":\"shipperCustomer.email is invalid\",\"shipperCustomer\":{\"firstName\":\"" + recipient.firstName()
                + "\",\"lastName\":\"" + recipient.lastName() + "\",\"cpf\":\"" + recipient.cpf() + "\",\"email\":\"" + recipient.email()
                + "\",\"phone\":\"" + recipient.phoneAreaCode() + recipient.phoneNumber() + "\"},\"carrier\":\"empresa-joao.silva\","
                + "\"orderNumber\":\"ORD-1002\"}";
        server.stubFor(post("/receiver/services/routes").willReturn(badRequest().withHeader("Content-Type", "application/json").withBody(echo)));

        String detail = services.send(List.of(sent)).get(0).message();

        assertThat(List.of(recipient.firstName(), recipient.lastName(), recipient.cpf(), recipient.email(), recipient.phoneNumber()))
                .as("the test's recipient has every personal field").allSatisfy(value -> assertThat(value).hasSizeGreaterThan(2));
        assertThat(detail).startsWith("VTEX Tracking answered 400: {\"message\":\"shipperCustomer.email is invalid\"")
                .contains("\"orderNumber\":\"ORD-1002\"")
                .doesNotContain(recipient.firstName()).doesNotContain(recipient.lastName()).doesNotContain(recipient.cpf())
                .doesNotContain(recipient.email()).doesNotContain(recipient.phoneNumber()).doesNotContain("joao.silva");
    }

    /** Tracking stores the services of the request as it arrives, whatever it then answers. */
    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder storing(
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        return answer.withTransformers(StoredServicesTransformer.NAME);
    }

    private static void stubLookUpsFromWhatWasStored() {
        server.stubFor(get(urlPathEqualTo("/receiver/services/invoice")).willReturn(aResponse().withTransformers(StoredServicesTransformer.NAME)));
    }

    @Test
    void a_batch_stored_but_answered_after_the_read_timeout_is_looked_up_not_sent_again() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(post("/receiver/services").willReturn(storing(ok().withFixedDelay(5000))));
        stubLookUpsFromWhatWasStored();

        List<SendResult> results = services.send(List.of(unrouted("1001"), unrouted("1002"), unrouted("1003")));

        assertThat(results).extracting(r -> r.service().invoiceNumber()).containsExactly("1001", "1002", "1003");
        assertThat(results).allMatch(SendResult::accepted);
        assertThat(StoredServicesTransformer.storedInvoices()).as("every invoice sent once").containsExactly("1001", "1002", "1003");
        server.verify(1, postRequestedFor(urlEqualTo("/receiver/services")));
        assertThat(logs()).contains("VTEX Tracking POST /services: no answer (HttpTimeoutException")
                .contains("asking VTEX Tracking which of its 3 delivery service(s) it holds before sending any again");
    }

    @Test
    void a_routed_batch_answered_too_late_is_looked_up_not_sent_again() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(post("/receiver/services/routes").willReturn(storing(ok().withFixedDelay(5000))));
        stubLookUpsFromWhatWasStored();

        assertThat(services.send(List.of(routed("2001", "joao"), routed("2002", "joao")))).allMatch(SendResult::accepted);

        assertThat(StoredServicesTransformer.storedInvoices()).containsExactly("2001", "2002");
    }

    @Test
    void a_batch_that_met_a_server_error_and_was_not_stored_is_sent_again_once() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(post("/receiver/services").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(serviceUnavailable()).willSetStateTo("up"));
        server.stubFor(post("/receiver/services").inScenario("flaky").whenScenarioStateIs("up").willReturn(storing(ok())));
        stubLookUpsFromWhatWasStored();

        assertThat(services.send(List.of(unrouted("1001"), unrouted("1002")))).allMatch(SendResult::accepted);

        assertThat(StoredServicesTransformer.storedInvoices()).containsExactly("1001", "1002");
        server.verify(2, postRequestedFor(urlEqualTo("/receiver/services")));
        server.verify(2, getRequestedFor(urlPathEqualTo("/receiver/services/invoice")));
    }

    @Test
    void only_the_services_tracking_does_not_hold_are_sent_again() {
        VtexTrackingDeliveryServices services = services(50);
        // Tracking stored 1001 from an earlier attempt; this one's answer is lost and holds nothing new.
        server.stubFor(post("/receiver/services").withRequestBody(containing("\"1001\"")).willReturn(storing(ok())));
        services.send(List.of(unrouted("1001")));
        server.stubFor(post("/receiver/services").inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        server.stubFor(post("/receiver/services").inScenario("lost").whenScenarioStateIs("up").willReturn(storing(ok())));
        stubLookUpsFromWhatWasStored();

        assertThat(services.send(List.of(unrouted("1001"), unrouted("1002")))).allMatch(SendResult::accepted);

        assertThat(StoredServicesTransformer.storedInvoices()).containsExactly("1001", "1002");
        assertThat(bodies("/receiver/services").get(2).findValuesAsString("invoiceOrderOfService")).containsExactly("1002");
    }

    @Test
    void a_user_refused_after_a_new_login_fails_the_send_not_the_services() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(post("/receiver/services").willReturn(unauthorized()));

        assertThatThrownBy(() -> services.send(List.of(unrouted("1001"), unrouted("1002"))))
                .isInstanceOf(AccessDeniedException.class).isNotInstanceOf(RequestRefusedException.class)
                .hasMessageContaining("VTEX Tracking POST /services: answered 401: the credentials were refused")
                .hasMessageContaining("VTEX Tracking refused user '" + TrackingTestSupport.USER + "' even after a new login");
        server.verify(2, postRequestedFor(urlEqualTo("/receiver/auth")));
        server.verify(2, postRequestedFor(urlEqualTo("/receiver/services")));
    }

    @Test
    void a_forbidden_look_up_fails_the_call_naming_the_user() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(get("/receiver/services/invoice?invoice=73893").willReturn(forbidden()));

        assertThatThrownBy(() -> services.held(new DeliveryServiceId("839748", "73893", "")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("VTEX Tracking GET /services/invoice?invoice=73893: answered 403: the credentials lack the permission this"
                        + " request needs: VTEX Tracking does not let user '" + TrackingTestSupport.USER + "' do this; check"
                        + " vtex.tracking.username, vtex.tracking.password and the user's permissions, then restart");
        server.verify(1, getRequestedFor(urlEqualTo("/receiver/services/invoice?invoice=73893")));
    }

    @Test
    void a_429_with_retry_after_is_waited_for() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(post("/receiver/services").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.status(429).withHeader("Retry-After", "1")).willSetStateTo("free"));
        server.stubFor(post("/receiver/services").inScenario("busy").whenScenarioStateIs("free").willReturn(ok()));

        long start = System.nanoTime();
        assertThat(services.send(List.of(unrouted("1001")))).allMatch(SendResult::accepted);

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void tracking_down_for_good_fails_the_call_naming_the_request_so_the_job_can_stop_and_be_restarted() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(post("/receiver/services").willReturn(serverError()));
        server.stubFor(get(urlPathEqualTo("/receiver/services/invoice")).willReturn(notFound()));

        assertThatThrownBy(() -> services.send(List.of(unrouted("1001"))))
                .isInstanceOf(SystemUnavailableException.class)
                .hasMessage("VTEX Tracking POST /services: answered 500; not sent again, since it may have been taken");
        server.verify(BatchSend.LOOK_UPS + 1, postRequestedFor(urlEqualTo("/receiver/services")));
        server.verify(BatchSend.LOOK_UPS, getRequestedFor(urlPathEqualTo("/receiver/services/invoice")));
    }

    @Test
    void looks_an_invoice_up_to_know_whether_tracking_already_has_it() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(get("/receiver/services/invoice?invoice=73893")
                .willReturn(okJson(page(1, 25, List.of(serviceExample(2878267, "73893", "839748", "Ativo"))))));
        server.stubFor(get("/receiver/services/invoice?invoice=99999").willReturn(notFound()));

        assertThat(services.held(new DeliveryServiceId("839748", "73893", ""))).isEqualTo(1);
        assertThat(services.held(new DeliveryServiceId("839748", "99999", ""))).isZero();
        assertThat(services.held(new DeliveryServiceId("another-order", "73893", "")))
                .as("the same invoice number on another order is another invoice").isZero();
    }

    @Test
    void removes_the_packing_lists_of_canceled_invoices() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(put("/receiver/services").willReturn(ok()));

        services.remove(List.of(new InvoiceRef("1001", "1"), new InvoiceRef("1002", "2")));

        server.verify(putRequestedFor(urlEqualTo("/receiver/services"))
                .withHeader("Authorization", equalTo("Bearer " + TrackingTestSupport.TOKEN))
                .withRequestBody(equalToJson("[{\"invoice\":\"1001\",\"serie\":\"1\"},{\"invoice\":\"1002\",\"serie\":\"2\"}]")));
    }

    @Test
    void nothing_to_send_or_remove_makes_no_call() {
        VtexTrackingDeliveryServices services = services(50);

        assertThat(services.send(List.of())).isEmpty();
        services.remove(List.of());

        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
