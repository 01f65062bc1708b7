package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.port.DeliveryServices.TrackedService;
import com.trackingintegration.domain.port.AccessDeniedException;
import com.trackingintegration.domain.port.SystemUnavailableException;
import com.trackingintegration.http.SideBySide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.forbidden;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.page;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.serviceExample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code GET /services/invoice}: what Tracking holds for an invoice, one invoice at a time or many side by side. */
class VtexTrackingLookUpTest extends TrackingWireMockTest {

    private static final DeliveryServiceId INVOICE_73893 = new DeliveryServiceId("839748", "73893", "457");

    private VtexTrackingDeliveryServices services() {
        stubLogin();
        return new VtexTrackingDeliveryServices(api(50, 100));
    }

    /** The spec's example service, for this order's invoice and series, with this status and idExternal. */
    private static ObjectNode held(String order, String invoice, String series, String status, String idExternal) {
        ObjectNode service = serviceExample(1, invoice, order, status);
        service.put("invoiceOrderOfServiceSerie", series);
        service.put("idExternal", idExternal);
        return service;
    }

    private static void tracking(String invoice, ObjectNode... services) {
        server.stubFor(get("/receiver/services/invoice?invoice=" + invoice).willReturn(okJson(page(1, 25, List.of(services)))));
    }

    @Test
    void a_look_up_gives_every_version_tracking_holds_with_its_status_and_id_external() {
        VtexTrackingDeliveryServices services = services();
        tracking("73893", held("839748", "73893", "457", "Cancelado pelo BackOffice", "839748-73893-v1"),
                held("839748", "73893", "457", "Ativo", "839748-73893-v2"));

        assertThat(services.lookUp(INVOICE_73893)).containsExactly(
                new TrackedService("Cancelado pelo BackOffice", "839748-73893-v1"), new TrackedService("Ativo", "839748-73893-v2"));
    }

    @Test
    void the_same_number_on_another_order_or_in_another_series_is_another_invoice() {
        VtexTrackingDeliveryServices services = services();
        tracking("73893", held("839748", "73893", "457", "Ativo", "ours"), held("another-order", "73893", "457", "Ativo", "other order"),
                held("839748", "73893", "2", "Ativo", "other branch's series"));

        assertThat(services.lookUp(INVOICE_73893)).extracting(TrackedService::idExternal).containsExactly("ours");
    }

    /** PUT /services names an invoice by number and series only: another order's live service under both is in its reach. */
    @Test
    void a_removal_would_reach_another_orders_live_service_of_the_same_number_and_series_or_of_none() {
        VtexTrackingDeliveryServices services = services();
        tracking("73893", held("839748", "73893", "457", "Ativo", "ours"), held("another-order", "73893", "457", "Ativo", "same series"),
                held("third-order", "73893", "", "Roteirizado", "no series"), held("fourth-order", "73893", "2", "Ativo", "another series"),
                held("fifth-order", "73893", "457", "Cancelado pelo BackOffice", "canceled"));

        assertThat(services.othersReachedByRemoval(INVOICE_73893)).as("the same series and the one without: not another series, not a canceled one")
                .isEqualTo(2);
        assertThat(services.othersReachedByRemoval(new DeliveryServiceId("839748", "73893", ""))).as("without our series the PUT names the number alone")
                .isEqualTo(3);
    }

    /** The path takes no page parameter: a full page may hide this order's service, and read as complete could send it twice. */
    @Test
    void a_full_page_for_one_invoice_stops_the_look_up_rather_than_read_it_as_complete() {
        VtexTrackingDeliveryServices services = services();
        server.stubFor(get("/receiver/services/invoice?invoice=73893").willReturn(okJson(page(1, 2,
                List.of(held("another-order", "73893", "457", "Ativo", "a"), held("third-order", "73893", "457", "Ativo", "b"))))));

        assertThatThrownBy(() -> services.lookUp(INVOICE_73893)).hasMessageContaining("VTEX Tracking answered a full page (2 services) for invoice 73893")
                .hasMessageContaining("stopping rather than risk sending it twice");
    }

    @Test
    void an_invoice_tracking_does_not_hold_has_no_service() {
        VtexTrackingDeliveryServices services = services();
        server.stubFor(get("/receiver/services/invoice?invoice=99999").willReturn(notFound()));

        assertThat(services.lookUp(new DeliveryServiceId("839748", "99999", "1"))).isEmpty();
    }

    @Test
    void only_live_services_are_held_so_a_removed_packing_list_counts_as_none() {
        VtexTrackingDeliveryServices services = services();
        tracking("73893", held("839748", "73893", "457", "Cancelado pelo BackOffice", "v1"), held("839748", "73893", "457", "Roteirizado", "v2"));
        tracking("73894", held("839748", "73894", "457", "Cancelado pelo Cliente", "v1"));

        assertThat(services.held(INVOICE_73893)).as("the routed version is live, the canceled one is not").isEqualTo(1);
        assertThat(services.held(new DeliveryServiceId("839748", "73894", "457"))).isZero();
    }

    /** Statuses as Tracking's API and admin spell them; an absent status is written "(none)". */
    @ParameterizedTest(name = "\"{0}\": active {1}, canceled {2}, live {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "Ativo                        | true  | false | true",
            "ATIVO                        | true  | false | true",
            "' ativo '                    | true  | false | true",
            "Roteirizado                  | false | false | true",
            "Não Realizado                | false | false | true",
            "Cancelado pelo Cliente       | false | true  | false",
            "CANCELADO PELO BACKOFFICE    | false | true  | false",
            "'  Cancelado pelo BackOffice'| false | true  | false",
            "(none)                       | false | false | true"})
    void a_status_reads_the_same_however_tracking_spells_it(String status, boolean active, boolean canceled, boolean live) {
        VtexTrackingDeliveryServices services = services();
        ObjectNode service = held("839748", "73893", "457", status, "v1");
        if (status.equals("(none)")) {
            service.remove("deliveryServiceStatus");
        }
        tracking("73893", service);

        TrackedService found = services.lookUp(INVOICE_73893).get(0);

        assertThat(List.of(found.active(), found.canceled(), found.live())).as("active, canceled, live of '%s'", status)
                .containsExactly(active, canceled, live);
    }

    @Test
    void many_look_ups_run_side_by_side_and_answer_in_the_order_asked() {
        VtexTrackingDeliveryServices services = services();
        List<String> invoices = java.util.stream.IntStream.range(0, VtexTrackingDeliveryServices.LOOK_UPS_AT_ONCE + 4)
                .mapToObj(i -> String.valueOf(73893 - 97 * i)).toList();
        for (String invoice : invoices) {
            server.stubFor(get("/receiver/services/invoice?invoice=" + invoice).willReturn(
                    okJson(page(1, 25, List.of(held("ORD-" + invoice, invoice, "1", "Ativo", "ext-" + invoice)))).withTransformers(SideBySide.NAME)));
        }
        SideBySide.expect(VtexTrackingDeliveryServices.LOOK_UPS_AT_ONCE);

        Map<DeliveryServiceId, List<TrackedService>> found = services.lookUpAll(
                invoices.stream().map(invoice -> new DeliveryServiceId("ORD-" + invoice, invoice, "1")).toList());

        assertThat(found.keySet()).extracting(DeliveryServiceId::invoiceNumber).containsExactlyElementsOf(invoices);
        assertThat(found).allSatisfy((id, held) -> assertThat(held).extracting(TrackedService::idExternal)
                .as("each invoice with its own services").containsExactly("ext-" + id.invoiceNumber()));
        server.verify(invoices.size(), getRequestedFor(urlPathEqualTo("/receiver/services/invoice")));
        assertThat(SideBySide.metTogether()).as("as many look-ups in flight at once as allowed").isTrue();
        assertThat(SideBySide.most()).as("and no more").isEqualTo(VtexTrackingDeliveryServices.LOOK_UPS_AT_ONCE);
    }

    @Test
    void one_look_up_tracking_cannot_answer_fails_them_all_with_its_own_error() {
        VtexTrackingDeliveryServices services = services();
        tracking("1001", held("ORD-1001", "1001", "1", "Ativo", "ext-1001"));
        server.stubFor(get("/receiver/services/invoice?invoice=1002").willReturn(serviceUnavailable()));
        tracking("1003", held("ORD-1003", "1003", "1", "Ativo", "ext-1003"));

        assertThatThrownBy(() -> services.lookUpAll(List.of(new DeliveryServiceId("ORD-1001", "1001", "1"),
                new DeliveryServiceId("ORD-1002", "1002", "1"), new DeliveryServiceId("ORD-1003", "1003", "1"))))
                .isInstanceOf(SystemUnavailableException.class)
                .hasMessage("VTEX Tracking GET /services/invoice?invoice=1002: still answering 503 after 3 attempts");
    }

    @Test
    void a_look_up_the_user_may_not_make_fails_them_all_naming_the_user() {
        VtexTrackingDeliveryServices services = services();
        tracking("1001", held("ORD-1001", "1001", "1", "Ativo", "ext-1001"));
        server.stubFor(get("/receiver/services/invoice?invoice=1002").willReturn(forbidden()));

        assertThatThrownBy(() -> services.lookUpAll(List.of(new DeliveryServiceId("ORD-1001", "1001", "1"),
                new DeliveryServiceId("ORD-1002", "1002", "1"))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("VTEX Tracking does not let user '" + TrackingTestSupport.USER + "' do this");
    }
}
