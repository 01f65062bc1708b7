package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code order <orderId>} on an order waiting for its route (routing outside VTEX Tracking): why, since when, and when it is tried again. */
@SpringBootTest(properties = {"integration.chunk-size=3", "integration.routing=external"})
class OrderWaitingTest extends OperatorCommandTest {

    @Test
    void a_deferred_order_says_it_waits_for_its_route_since_when_and_that_the_next_native_import_tries_it_again() throws Exception {
        OmsOrders.stub(vtex, List.of(OmsOrders.invoiced("22-01", "2201:Output")));
        assertThat(nativeImport()).as(console.toString()).isZero();
        long run = lastExecution();

        assertThat(operator("order", "22-01")).as(operatorOutput()).isEqualTo(ExitCodes.COMPLETED);

        assertThat(operatorLines()).anySatisfy(line -> assertThat(line).contains("execution " + run + " (nativeImport)  invoice 2201: DEFERRED ROUTE_PENDING"));
        assertThat(operatorLines()).contains("  ledger, by invoice: nothing sent to VTEX Tracking");
        assertThat(operatorLines()).anySatisfy(line -> assertThat(line).startsWith("  waiting since ")
                .endsWith(": ROUTE_PENDING (routed outside VTEX Tracking and its route has not arrived yet); next try: the next nativeImport run"));
    }
}
