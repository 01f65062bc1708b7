package com.trackingintegration.adapters.tracking;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trackingintegration.domain.port.DeliveryServices.InvoiceRef;
import com.trackingintegration.domain.port.DeliveryServices.RemovalResult;
import com.trackingintegration.domain.port.SystemUnavailableException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.badRequest;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** {@code PUT /services}: packing lists of returned or canceled invoices removed, and each refusal named. */
class VtexTrackingRemovalTest extends TrackingWireMockTest {

    private static final List<InvoiceRef> THREE = List.of(new InvoiceRef("1001", "1"), new InvoiceRef("1002", "1"), new InvoiceRef("1003", "2"));

    private VtexTrackingDeliveryServices services(int maxBatchSize) {
        stubLogin();
        return new VtexTrackingDeliveryServices(api(maxBatchSize, 100));
    }

    private static List<String> putBodies() {
        return server.findAll(putRequestedFor(urlEqualTo("/receiver/services"))).stream().map(LoggedRequest::getBodyAsString).toList();
    }

    @Test
    void one_put_removes_every_packing_list_given() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(put("/receiver/services").willReturn(ok()));

        List<RemovalResult> results = services.remove(THREE);

        assertThat(results).extracting(r -> r.invoice().invoiceNumber(), RemovalResult::removed)
                .containsExactly(tuple("1001", true), tuple("1002", true), tuple("1003", true));
        server.verify(1, putRequestedFor(urlEqualTo("/receiver/services")).withRequestBody(equalToJson(
                "[{\"invoice\":\"1001\",\"serie\":\"1\"},{\"invoice\":\"1002\",\"serie\":\"1\"},{\"invoice\":\"1003\",\"serie\":\"2\"}]")));
    }

    @Test
    void a_long_list_goes_in_requests_of_the_configured_batch_size() {
        VtexTrackingDeliveryServices services = services(2);
        server.stubFor(put("/receiver/services").willReturn(ok()));

        assertThat(services.remove(THREE)).allMatch(RemovalResult::removed);

        assertThat(putBodies()).containsExactly("[{\"invoice\":\"1001\",\"serie\":\"1\"},{\"invoice\":\"1002\",\"serie\":\"1\"}]",
                "[{\"invoice\":\"1003\",\"serie\":\"2\"}]");
    }

    @Test
    void a_refused_removal_is_sent_again_one_by_one_so_only_the_refused_invoice_stays() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(put("/receiver/services").willReturn(ok()));
        server.stubFor(put("/receiver/services").withRequestBody(containing("\"1002\""))
                .willReturn(badRequest().withBody("{\"message\":\"Service is not Ativo\"}")));

        List<RemovalResult> results = services.remove(THREE);

        assertThat(results).extracting(r -> r.invoice().invoiceNumber(), RemovalResult::removed, RemovalResult::message).containsExactly(
                tuple("1001", true, ""), tuple("1002", false, "VTEX Tracking answered 400: {\"message\":\"Service is not Ativo\"}"),
                tuple("1003", true, ""));
        assertThat(putBodies()).as("the batch, then each invoice alone").hasSize(4);
        assertThat(logs()).contains("refused the removal of 3 packing lists at once (400); removing them one by one")
                .contains("Removed 2 of 3 packing list(s) from VTEX Tracking")
                .as("counts only: no invoice in the logs").doesNotContain("1001").doesNotContain("1002").doesNotContain("1003");
    }

    @Test
    void an_invoice_tracking_does_not_hold_is_not_removed_and_said_so() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(put("/receiver/services").willReturn(ok()));
        server.stubFor(put("/receiver/services").withRequestBody(containing("\"1003\"")).willReturn(notFound()));

        List<RemovalResult> results = services.remove(THREE);

        assertThat(results).extracting(r -> r.invoice().invoiceNumber(), RemovalResult::removed, RemovalResult::message).containsExactly(
                tuple("1001", true, ""), tuple("1002", true, ""), tuple("1003", false, "VTEX Tracking holds no such invoice"));
    }

    @Test
    void tracking_failing_after_the_retries_stops_the_removal_rather_than_report_packing_lists_kept() {
        VtexTrackingDeliveryServices services = services(50);
        server.stubFor(put("/receiver/services").willReturn(serverError()));

        assertThatThrownBy(() -> services.remove(THREE)).isInstanceOf(SystemUnavailableException.class)
                .hasMessage("VTEX Tracking PUT /services: still answering 500 after 3 attempts");
        assertThat(putBodies()).as("a PUT is safe to repeat, so it is retried").hasSize(3);
    }
}
