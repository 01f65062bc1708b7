package com.trackingintegration.batch.statussync;

import com.trackingintegration.batch.JobTest;
import org.junit.jupiter.api.Test;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** statusSync end to end: VTEX Tracking's statuses told to the OMS, each change once, each query once per six hours. */
@SpringBatchTest
@SpringBootTest(properties = {"integration.status-updates=true", "integration.chunk-size=2"})
class StatusSyncJobTest extends JobTest {

    private static String page(String status, String... invoices) {
        StringBuilder data = new StringBuilder();
        for (String invoice : invoices) {
            data.append(data.length() == 0 ? "" : ",").append("{\"idDeliveryService\":").append(invoice).append(",\"invoiceOrderOfService\":\"")
                    .append(invoice).append("\",\"orderNumber\":\"ORD-").append(invoice).append("\",\"deliveryDateTime\":\"2026-11-26T15:00:00Z\",")
                    .append("\"deliveryServiceStatus\":{\"description\":\"").append(status).append("\"},")
                    .append("\"shipperCustomer\":{\"addressCity\":\"Niterói\",\"state\":{\"code\":\"RJ\"}}}");
        }
        return "{\"page\":1,\"pageSize\":100,\"totalCount\":" + invoices.length + ",\"data\":[" + data + "]}";
    }

    @Test
    void statuses_reach_the_oms_once_and_a_second_run_asks_and_sends_nothing_again() throws Exception {
        vtex.stubFor(get(urlEqualTo("/api/oms/pvt/orders?per_page=1")).willReturn(okJson("{\"list\":[],\"facets\":[],\"paging\":{},\"stats\":{}}")));
        vtex.stubFor(post("/receiver/auth").willReturn(okJson("{\"authenticated\":true,\"expiration\":\""
                + Instant.now().plus(30, ChronoUnit.DAYS) + "\",\"accessToken\":\"tok\"}")));
        vtex.stubFor(get(urlPathEqualTo("/receiver/services")).willReturn(okJson(page("Ativo"))));
        vtex.stubFor(get(urlPathEqualTo("/receiver/services")).withQueryParam("status", equalTo("Realizado")).willReturn(okJson(page("Realizado", "11", "12"))));
        vtex.stubFor(get(urlPathEqualTo("/receiver/services")).withQueryParam("status", equalTo("EmAndamento")).willReturn(okJson(page("EmAndamento", "13"))));
        vtex.stubFor(patch(urlPathMatching("/api/oms/pvt/orders/.*/invoice/.*")).willReturn(okJson("{\"receipt\":\"r\"}")));
        vtex.stubFor(put(urlPathMatching("/api/oms/pvt/orders/.*/invoice/.*/tracking")).willReturn(okJson("{\"receipt\":\"r\"}")));
        assertThat(start("statusSync")).as(console.toString()).isZero();

        long first = lastExecution();
        assertThat(outcomes.rows(first)).extracting(r -> r.orderId() + "/" + r.invoiceNumber() + ":" + r.reason())
                .containsExactlyInAnyOrder("ORD-11/11:STATUS_UPDATED", "ORD-12/12:STATUS_UPDATED", "ORD-13/13:STATUS_UPDATED");
        vtex.verify(putRequestedFor(urlEqualTo("/api/oms/pvt/orders/ORD-11/invoice/11/tracking"))
                .withRequestBody(containing("\"isDelivered\":true")).withRequestBody(containing("\"description\":\"Entrega realizada\"")));
        vtex.verify(putRequestedFor(urlEqualTo("/api/oms/pvt/orders/ORD-13/invoice/13/tracking"))
                .withRequestBody(containing("\"isDelivered\":false")).withRequestBody(containing("\"deliveredDate\":null")));
        vtex.verify(3, patchRequestedFor(urlPathMatching("/api/oms/pvt/orders/.*/invoice/[0-9]+")));
        int queries = vtex.findAll(getRequestedFor(urlPathEqualTo("/receiver/services"))).size();
        assertThat(queries).isEqualTo(4);

        assertThat(start("statusSync")).isZero();

        assertThat(vtex.findAll(getRequestedFor(urlPathEqualTo("/receiver/services")))).as("VTEX's six-hour rule").hasSize(queries);
        vtex.verify(3, putRequestedFor(urlPathMatching("/api/oms/pvt/orders/.*/tracking")));
    }
}
