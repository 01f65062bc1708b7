package com.trackingintegration.domain.external;

import com.trackingintegration.domain.port.ExternalOrderCreation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.trackingintegration.domain.fixtures.ErpOrderBuilder.anErpOrder;
import static org.assertj.core.api.Assertions.assertThat;

class ExternalOrderProgressTest {

    private final ExternalOrder order = new ExternalOrder("TRK", Optional.empty(), anErpOrder().build());
    private final RecordingOms oms = new RecordingOms();
    private final List<FulfillmentState> saved = new ArrayList<>();
    private final ExternalOrderProgress progress = new ExternalOrderProgress(oms);

    @Test
    void a_new_order_goes_through_the_four_steps_in_the_guides_order() {
        ExternalOrderProgress.Progress result = progress.advance(order, FulfillmentState.NEW, (o, s) -> saved.add(s));

        assertThat(result.state()).isEqualTo(FulfillmentState.INVOICED);
        assertThat(result.isWaiting()).isFalse();
        assertThat(oms.calls).containsExactly("exists TRK-ERP-1001", "place TRK-ERP-1001", "authorize TRK-ERP-1001",
                "start-handling TRK-ERP-1001", "invoice TRK-ERP-1001 123456");
        assertThat(saved).containsExactly(FulfillmentState.PLACED, FulfillmentState.DISPATCH_AUTHORIZED,
                FulfillmentState.HANDLING_STARTED, FulfillmentState.INVOICED);
    }

    @Test
    void in_the_cancellation_window_the_order_waits_for_the_next_run_without_failing() {
        oms.handlingRefused = true;

        ExternalOrderProgress.Progress result = progress.advance(order, FulfillmentState.NEW, (o, s) -> saved.add(s));

        assertThat(result.state()).isEqualTo(FulfillmentState.DISPATCH_AUTHORIZED);
        assertThat(result.waitingFor()).contains("cancellation window");
        assertThat(oms.calls).doesNotContain("invoice TRK-ERP-1001 123456");
    }

    @Test
    void the_next_run_goes_on_from_the_saved_state_without_repeating_a_step() {
        progress.advance(order, FulfillmentState.DISPATCH_AUTHORIZED, (o, s) -> saved.add(s));

        assertThat(oms.calls).containsExactly("start-handling TRK-ERP-1001", "invoice TRK-ERP-1001 123456");
    }

    @Test
    void an_order_the_oms_already_holds_is_not_placed_again() {
        oms.existing = true;

        progress.advance(order, FulfillmentState.NEW, (o, s) -> saved.add(s));

        assertThat(oms.calls).doesNotContain("place TRK-ERP-1001").contains("authorize TRK-ERP-1001");
    }

    @Test
    void an_invoiced_order_needs_no_oms_step() {
        assertThat(progress.advance(order, FulfillmentState.INVOICED, (o, s) -> saved.add(s)).state()).isEqualTo(FulfillmentState.INVOICED);
        assertThat(oms.calls).isEmpty();
    }

    private static final class RecordingOms implements ExternalOrderCreation {
        final List<String> calls = new ArrayList<>();
        boolean existing;
        boolean handlingRefused;

        @Override
        public boolean exists(String omsOrderId) {
            calls.add("exists " + omsOrderId);
            return existing;
        }

        @Override
        public void place(ExternalOrder order) {
            calls.add("place " + order.omsOrderId());
        }

        @Override
        public void authorizeDispatch(ExternalOrder order) {
            calls.add("authorize " + order.omsOrderId());
        }

        @Override
        public StepResult startHandling(String omsOrderId) {
            calls.add("start-handling " + omsOrderId);
            return handlingRefused ? StepResult.notYet("still in its cancellation window (OMS003)") : StepResult.completed();
        }

        @Override
        public void invoice(String omsOrderId, InvoiceNotification invoice) {
            calls.add("invoice " + omsOrderId + " " + invoice.invoiceNumber());
        }
    }
}
