package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.reconcile.OmsOrders.Order;
import org.junit.jupiter.api.Test;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes made outside VTEX Tracking: an order reconcile finds waiting for its route joins nativeImport's waiting
 * orders, and the next nativeImport sends it once its route has come, though its window was never nativeImport's.
 */
@SpringBatchTest
@SpringBootTest(properties = {"integration.chunk-size=7", "integration.routing=external"})
class ReconcileDeferredTest extends ReconcileJobTest {

    @Test
    void an_order_reconcile_finds_waiting_for_its_route_is_sent_by_the_next_native_import_once_the_route_comes() throws Exception {
        tracking.stubFor(post("/receiver/services/routes").willReturn(ok()));
        Order waiting = OmsOrders.invoiced("10-01", "1001:Output");
        OmsOrders.stub(vtex, List.of(waiting));

        assertThat(reconcile()).as(console.toString()).isZero();

        assertThat(outcomesOf(lastExecution())).containsExactly("10-01/1001:DEFERRED:ROUTE_PENDING");
        assertThat(jdbc.queryForList("SELECT ORDER_ID FROM TI_DEFERRED", String.class)).containsExactly("10-01");

        Files.createDirectories(INBOX);
        Files.writeString(INBOX.resolve("routes-reconcile.csv"), "orderId,invoiceNumber,routeDate,driver,vehicle,displacement,startStreet,"
                + "startNumber,startCity,startPostalCode,startState\n10-01,1001," + LocalDate.now(ZoneOffset.UTC).plusDays(1) + ",ana,,moto,,,,,\n");
        OmsOrders.stub(vtex, List.of(), List.of(waiting));
        assertThat(start("nativeImport", "from=" + FROM.minusSeconds(86_400), "to=" + FROM)).as(console.toString()).isZero();

        assertThat(outcomesOf(lastExecution())).containsExactly("10-01/1001:IMPORTED:READY");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM TI_DEFERRED", Integer.class)).isZero();
    }
}
