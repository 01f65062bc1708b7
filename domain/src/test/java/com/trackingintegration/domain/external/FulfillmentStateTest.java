package com.trackingintegration.domain.external;

import com.trackingintegration.domain.integration.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.trackingintegration.domain.external.FulfillmentState.DISPATCH_AUTHORIZED;
import static com.trackingintegration.domain.external.FulfillmentState.FAILED;
import static com.trackingintegration.domain.external.FulfillmentState.HANDLING_STARTED;
import static com.trackingintegration.domain.external.FulfillmentState.INVOICED;
import static com.trackingintegration.domain.external.FulfillmentState.NEW;
import static com.trackingintegration.domain.external.FulfillmentState.PLACED;
import static com.trackingintegration.domain.external.FulfillmentState.SENT_TO_TRACKING;
import static com.trackingintegration.domain.external.FulfillmentState.SKIPPED_BY_RULE;
import static com.trackingintegration.domain.external.FulfillmentState.TRACKING_RETRY;
import static org.assertj.core.api.Assertions.assertThat;

class FulfillmentStateTest {

    @Test
    void the_oms_steps_follow_each_other_up_to_the_invoice_and_no_further() {
        assertThat(NEW.next()).contains(PLACED);
        assertThat(HANDLING_STARTED.next()).contains(INVOICED);
        assertThat(INVOICED.next()).isEmpty();
        assertThat(TRACKING_RETRY.next()).isEmpty();
        assertThat(FAILED.next()).isEmpty();
        assertThat(HANDLING_STARTED.isInvoiced()).isFalse();
        assertThat(TRACKING_RETRY.isInvoiced()).isTrue();
    }

    @Test
    void the_next_run_picks_up_every_state_but_sent_skipped_by_rule_and_failed() {
        assertThat(FulfillmentState.pending()).containsExactly(NEW, PLACED, DISPATCH_AUTHORIZED, HANDLING_STARTED, INVOICED, TRACKING_RETRY);
        assertThat(List.of(SENT_TO_TRACKING, SKIPPED_BY_RULE, FAILED)).allMatch(FulfillmentState::isTerminal);
    }

    @Test
    void a_send_vtex_tracking_refused_or_left_unanswered_is_tried_again_not_ended() {
        assertThat(FulfillmentState.settledBy(List.of(Reason.REFUSED_BY_TRACKING))).contains(TRACKING_RETRY);
        assertThat(TRACKING_RETRY.isTerminal()).isFalse();
    }

    @Test
    void each_reported_outcome_has_one_state() {
        assertThat(FulfillmentState.settledBy(List.of(Reason.READY))).contains(SENT_TO_TRACKING);
        assertThat(FulfillmentState.settledBy(List.of(Reason.ALREADY_SENT))).contains(SENT_TO_TRACKING);
        assertThat(FulfillmentState.settledBy(List.of(Reason.CARRIER_NOT_SELECTED))).contains(SKIPPED_BY_RULE);
        assertThat(FulfillmentState.settledBy(List.of(Reason.INVALID_DATA))).contains(FAILED);
        assertThat(FulfillmentState.settledBy(List.of(Reason.REFUSED_BY_OMS))).contains(FAILED);
        assertThat(FulfillmentState.settledBy(List.of(Reason.OMS_NOT_READY))).isEmpty();
        assertThat(FulfillmentState.settledBy(List.of(Reason.ROUTE_PENDING))).isEmpty();
        assertThat(FulfillmentState.settledBy(List.of())).isEmpty();
    }

    @Test
    void an_invoice_to_send_again_keeps_the_order_pending_whatever_its_other_invoices_say() {
        assertThat(FulfillmentState.settledBy(List.of(Reason.READY, Reason.REFUSED_BY_TRACKING))).contains(TRACKING_RETRY);
        assertThat(FulfillmentState.settledBy(List.of(Reason.INVALID_DATA, Reason.REFUSED_BY_TRACKING))).contains(TRACKING_RETRY);
        assertThat(FulfillmentState.settledBy(List.of(Reason.READY, Reason.ROUTE_PENDING))).isEmpty();
    }
}
