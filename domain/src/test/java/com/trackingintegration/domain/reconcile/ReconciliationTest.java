package com.trackingintegration.domain.reconcile;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.fixtures.OrderBuilder;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.OrderIntegration;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.port.DeliveryServices.TrackedService;
import com.trackingintegration.domain.reconcile.Finding.Action;
import com.trackingintegration.domain.settings.IntegrationSettings;
import com.trackingintegration.domain.settings.Routing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.trackingintegration.domain.fixtures.OrderBuilder.aReturnInvoice;
import static com.trackingintegration.domain.fixtures.OrderBuilder.address;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anItem;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reconcile's judgement of one order, from the rules' decision on the order as the OMS has it now, what the ledger
 * says was sent, and what VTEX Tracking holds (issue 14). Written from Reconciliation's Javadoc and the issue.
 */
class ReconciliationTest {

    private static final OrderIntegration RULES = new OrderIntegration(IntegrationSettings.defaults());
    private static final TrackedService ATIVO = new TrackedService("Ativo", "1172452900788-01/1001");
    private static final TrackedService ROTEIRIZADO = new TrackedService("Roteirizado", "1172452900788-01/1001");
    private static final TrackedService EM_ANDAMENTO = new TrackedService("EmAndamento", "1172452900788-01/1001");
    private static final TrackedService CANCELADO = new TrackedService("Cancelado pelo BackOffice", "1172452900788-01/1001");
    private static final TrackedService REALIZADO = new TrackedService("Realizado", "1172452900788-01/1001");

    private final Reconciliation reconciliation = new Reconciliation();

    private static OrderBuilder aSale() {
        return anInvoicedOrder().withItems(anItem(0, "BIGBML").sku("18").quantity(2)).withInvoice(anOutputInvoice("1001").withLines(0, 2));
    }

    private static OrderDecision decide(Order order) {
        return RULES.decide(order, List.of());
    }

    /** What the import sent for the sale, as it is today. */
    private static DeliveryServiceRequest sentToday() {
        return decide(aSale().build()).toSend().get(0);
    }

    private static DeliveryServiceId id() {
        return sentToday().service().id();
    }

    private static LedgerState sent(Fingerprint fingerprint) {
        return new LedgerState(id(), Optional.of(fingerprint), false, false);
    }

    private static LedgerState sentAsToday() {
        return sent(sentToday().fingerprint());
    }

    /** The fingerprint of the version sent before the customer's address changed. */
    private static Fingerprint sentBeforeTheAddressChanged() {
        Order before = aSale().withAddress(address("Rua Visconde de Pirajá", "300", "22410-002", "RJ")).build();
        return decide(before).toSend().get(0).fingerprint();
    }

    private static Map<DeliveryServiceId, List<TrackedService>> tracking(TrackedService... held) {
        return Map.of(id(), List.of(held));
    }

    private Finding onlyFinding(OrderDecision decision, List<LedgerState> ledger, Map<DeliveryServiceId, List<TrackedService>> tracking) {
        List<Finding> findings = reconciliation.judge(decision, ledger, tracking);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @Nested
    class AnInvoiceTheRulesDeliver {

        @Test
        void never_sent_and_not_in_tracking_is_sent_as_missing() {
            Finding finding = onlyFinding(decide(aSale().build()), List.of(), Map.of());

            assertThat(finding.action()).isEqualTo(Action.SEND);
            assertThat(finding.reason()).isEqualTo(Reason.RECONCILED_MISSING);
            assertThat(finding.request()).contains(sentToday());
            assertThat(finding.detail()).isEqualTo("never sent");
            assertThat(finding.category()).isEqualTo(Category.FIXED_NOW);
        }

        @Test
        void sent_by_the_ledger_but_held_by_no_one_in_tracking_is_sent_again() {
            Finding finding = onlyFinding(decide(aSale().build()), List.of(sentAsToday()), Map.of(id(), List.of()));

            assertThat(finding.action()).isEqualTo(Action.SEND);
            assertThat(finding.reason()).isEqualTo(Reason.RECONCILED_MISSING);
            assertThat(finding.detail()).isEqualTo("the ledger says sent, VTEX Tracking holds none");
        }

        @Test
        void a_send_interrupted_that_tracking_never_took_is_sent() {
            LedgerState interrupted = new LedgerState(id(), Optional.empty(), true, false);

            Finding finding = onlyFinding(decide(aSale().build()), List.of(interrupted), Map.of());

            assertThat(finding.action()).isEqualTo(Action.SEND);
            assertThat(finding.detail()).isEqualTo("a send was interrupted, VTEX Tracking holds none");
        }

        @Test
        void in_tracking_as_last_acknowledged_is_in_order() {
            Finding finding = onlyFinding(decide(aSale().build()), List.of(sentAsToday()), tracking(ATIVO));

            assertThat(finding.action()).isEqualTo(Action.NONE);
            assertThat(finding.reason()).isEqualTo(Reason.IN_TRACKING);
            assertThat(finding.detail()).isEqualTo("status Ativo");
            assertThat(finding.category()).isEqualTo(Category.IN_TRACKING);
        }

        @Test
        void changed_since_it_was_sent_and_still_ativo_is_removed_and_sent_again() {
            Finding finding = onlyFinding(decide(aSale().build()), List.of(sent(sentBeforeTheAddressChanged())), tracking(ATIVO));

            assertThat(finding.action()).isEqualTo(Action.RESEND);
            assertThat(finding.reason()).isEqualTo(Reason.RECONCILED_CHANGED);
            assertThat(finding.request()).contains(sentToday());
            assertThat(finding.service()).contains(id());
            assertThat(finding.category()).isEqualTo(Category.FIXED_NOW);
        }

        @Test
        void changed_since_it_was_sent_and_already_routed_needs_a_person() {
            Finding finding = onlyFinding(decide(aSale().build()), List.of(sent(sentBeforeTheAddressChanged())), tracking(ROTEIRIZADO));

            assertThat(finding.action()).isEqualTo(Action.ATTENTION);
            assertThat(finding.reason()).isEqualTo(Reason.RECONCILED_CHANGED);
            assertThat(finding.detail()).contains("Roteirizado");
            assertThat(finding.request()).isEmpty();
            assertThat(finding.category()).isEqualTo(Category.NEEDS_ATTENTION);
        }

        @Test
        void changed_since_it_was_sent_but_already_delivered_needs_nothing() {
            Finding finding = onlyFinding(decide(aSale().build()), List.of(sent(sentBeforeTheAddressChanged())), tracking(REALIZADO));

            assertThat(finding.action()).isEqualTo(Action.NONE);
            assertThat(finding.reason()).isEqualTo(Reason.IN_TRACKING);
            assertThat(finding.detail()).contains("delivered (status Realizado)");
        }

        /** A replacement interrupted after its removal, under a Tracking that keeps the service live: no guess, a person. */
        @Test
        void removed_for_a_replacement_yet_still_live_in_tracking_is_for_a_person() {
            LedgerState removedForTheReplacement = new LedgerState(id(), Optional.of(sentBeforeTheAddressChanged()), false, true);

            Finding finding = onlyFinding(decide(aSale().build()), List.of(removedForTheReplacement), tracking(ATIVO));

            assertThat(finding.action()).isEqualTo(Action.ATTENTION);
            assertThat(finding.detail()).contains("its packing list was removed from VTEX Tracking, yet Tracking still lists it live");
        }

        @Test
        void two_live_services_for_one_invoice_need_a_person_two_drivers_may_go_out() {
            Finding finding = onlyFinding(decide(aSale().build()), List.of(sentAsToday()), tracking(ATIVO, ROTEIRIZADO));

            assertThat(finding.action()).isEqualTo(Action.ATTENTION);
            assertThat(finding.detail()).contains("2 live delivery services").contains("Ativo, Roteirizado");
        }

        @Test
        void sent_then_canceled_by_someone_in_tracking_is_for_a_person_not_resent() {
            Finding finding = onlyFinding(decide(aSale().build()), List.of(sentAsToday()), tracking(CANCELADO));

            assertThat(finding.action()).isEqualTo(Action.ATTENTION);
            assertThat(finding.reason()).isEqualTo(Reason.RECONCILED_MISSING);
            assertThat(finding.detail()).contains("Cancelado pelo BackOffice");
            assertThat(finding.request()).isEmpty();
        }

        @Test
        void held_only_as_canceled_and_never_sent_by_the_ledger_is_sent() {
            Finding finding = onlyFinding(decide(aSale().build()), List.of(), tracking(CANCELADO));

            assertThat(finding.action()).isEqualTo(Action.SEND);
            assertThat(finding.detail()).isEqualTo("never sent");
        }
    }

    @Nested
    class AnOrderCanceledOrAnInvoiceReturnedAfterImport {

        private OrderDecision canceled() {
            return decide(aSale().withStatus("canceled").build());
        }

        /** Everything of the sale came back: the refund names the SKU. */
        private OrderDecision returned() {
            return decide(aSale().withInvoice(aReturnInvoice("2001").withRestitution("18", 2)).build());
        }

        @Test
        void a_canceled_order_whose_sent_invoice_is_still_ativo_has_its_packing_list_removed() {
            Finding finding = onlyFinding(canceled(), List.of(sentAsToday()), tracking(ATIVO));

            assertThat(finding.action()).isEqualTo(Action.REMOVE);
            assertThat(finding.reason()).isEqualTo(Reason.CANCELED);
            assertThat(finding.invoiceNumber()).isEqualTo("1001");
            assertThat(finding.service()).contains(id());
            assertThat(finding.category()).isEqualTo(Category.FIXED_NOW);
        }

        @Test
        void a_canceled_order_whose_sent_invoice_is_on_its_way_needs_a_person() {
            Finding finding = onlyFinding(canceled(), List.of(sentAsToday()), tracking(EM_ANDAMENTO));

            assertThat(finding.action()).isEqualTo(Action.ATTENTION);
            assertThat(finding.reason()).isEqualTo(Reason.CANCELED);
            assertThat(finding.detail()).contains("EmAndamento");
        }

        @Test
        void a_sale_invoice_returned_after_import_and_still_ativo_has_its_packing_list_removed() {
            List<Finding> findings = reconciliation.judge(returned(), List.of(sentAsToday()), tracking(ATIVO));

            assertThat(findings).extracting(Finding::invoiceNumber, Finding::action, Finding::reason)
                    .containsExactly(tuple("1001", Action.REMOVE, Reason.RETURNED),
                            tuple("2001", Action.NONE, Reason.RETURN_INVOICE));
        }

        @Test
        void a_sale_invoice_returned_after_import_and_on_its_way_needs_a_person() {
            Finding finding = reconciliation.judge(returned(), List.of(sentAsToday()), tracking(EM_ANDAMENTO)).get(0);

            assertThat(finding.action()).isEqualTo(Action.ATTENTION);
            assertThat(finding.reason()).isEqualTo(Reason.RETURNED);
            assertThat(finding.detail()).startsWith("returned by Input invoice(s) 2001").contains("EmAndamento");
            assertThat(finding.category()).isEqualTo(Category.NEEDS_ATTENTION);
        }

        @Test
        void a_canceled_order_never_sent_is_in_order_as_canceled() {
            Finding finding = onlyFinding(canceled(), List.of(), Map.of());

            assertThat(finding.action()).isEqualTo(Action.NONE);
            assertThat(finding.reason()).isEqualTo(Reason.CANCELED);
            assertThat(finding.category()).isEqualTo(Category.SKIPPED_BY_RULE);
        }

        @Test
        void a_packing_list_removed_earlier_and_gone_from_tracking_is_in_order() {
            LedgerState removedEarlier = new LedgerState(id(), Optional.of(sentToday().fingerprint()), false, true);

            Finding finding = onlyFinding(canceled(), List.of(removedEarlier), tracking());

            assertThat(finding.action()).isEqualTo(Action.NONE);
            assertThat(finding.reason()).isEqualTo(Reason.CANCELED);
            assertThat(finding.detail()).contains("its packing list was removed from VTEX Tracking earlier");
        }

        /** Tracking answered the removal 200, yet still lists the service live: it is not removed again, a person checks. */
        @Test
        void a_packing_list_removed_earlier_that_tracking_still_lists_live_is_for_a_person_not_removed_again() {
            LedgerState removedEarlier = new LedgerState(id(), Optional.of(sentToday().fingerprint()), false, true);

            Finding finding = onlyFinding(canceled(), List.of(removedEarlier), tracking(ATIVO));

            assertThat(finding.action()).isEqualTo(Action.ATTENTION);
            assertThat(finding.reason()).isEqualTo(Reason.CANCELED);
            assertThat(finding.detail()).contains("removed from VTEX Tracking earlier, yet Tracking still lists it live (status Ativo)");
        }

        /** A return after delivery is the normal way of returns: nothing goes out again, nothing for a person. */
        @Test
        void a_sale_invoice_returned_or_an_order_canceled_after_it_was_delivered_needs_nothing() {
            Finding returnedAfterDelivery = reconciliation.judge(returned(), List.of(sentAsToday()), tracking(REALIZADO)).get(0);
            Finding canceledAfterDelivery = onlyFinding(canceled(), List.of(sentAsToday()), tracking(REALIZADO));

            assertThat(List.of(returnedAfterDelivery, canceledAfterDelivery)).extracting(Finding::action, Finding::reason)
                    .containsExactly(tuple(Action.NONE, Reason.RETURNED), tuple(Action.NONE, Reason.CANCELED));
            assertThat(returnedAfterDelivery.detail()).contains("delivered before that (status Realizado)");
        }

        @Test
        void a_canceled_order_whose_sent_invoice_tracking_no_longer_holds_is_in_order() {
            Finding finding = onlyFinding(canceled(), List.of(sentAsToday()), tracking(CANCELADO));

            assertThat(finding.action()).isEqualTo(Action.NONE);
            assertThat(finding.detail()).contains("not in VTEX Tracking");
        }
    }

    @Nested
    class WhatIsLookedUp {

        @Test
        void every_invoice_the_rules_deliver() {
            OrderDecision decision = decide(aSale().withInvoice(anOutputInvoice("1002").withLines(0, 1)).build());

            assertThat(reconciliation.toLookUp(decision, List.of()))
                    .containsExactlyElementsOf(decision.toSend().stream().map(r -> r.service().id()).toList());
        }

        @Test
        void what_the_ledger_may_have_put_in_tracking_of_a_canceled_order() {
            LedgerState interrupted = new LedgerState(new DeliveryServiceId(id().orderId(), "1003", ""), Optional.empty(), true, false);
            LedgerState removedEarlier = new LedgerState(new DeliveryServiceId(id().orderId(), "1004", ""), Optional.of(sentToday().fingerprint()), false, true);
            OrderDecision canceled = decide(aSale().withStatus("canceled").build());

            assertThat(reconciliation.toLookUp(canceled, List.of(sentAsToday(), interrupted, removedEarlier)))
                    .as("a removal is looked at again: Tracking's 200 does not say the service is gone")
                    .containsExactly(id(), interrupted.service(), removedEarlier.service());
        }

        @Test
        void nothing_of_an_order_skipped_by_rule_or_canceled_and_never_sent() {
            assertThat(reconciliation.toLookUp(decide(aSale().withStatus("canceled").build()), List.of())).isEmpty();
            assertThat(reconciliation.toLookUp(decide(aSale().withStatus("handling").build()), List.of(sentAsToday()))).isEmpty();
        }
    }

    @Nested
    class WhatTheRulesSay {

        @Test
        void a_verdict_that_is_neither_delivered_nor_undone_keeps_the_rules_reason_and_detail_and_category() {
            IntegrationSettings routedOutside = new IntegrationSettings(false, false, Routing.EXTERNAL, Set.of());
            OrderDecision waitingForItsRoute = new OrderIntegration(routedOutside).decide(aSale().build(), List.of());
            OrderDecision rejected = decide(aSale().withoutAddress().build());

            Finding deferred = onlyFinding(waitingForItsRoute, List.of(), Map.of());
            Finding refused = onlyFinding(rejected, List.of(), Map.of());

            assertThat(deferred.reason()).isEqualTo(Reason.ROUTE_PENDING);
            assertThat(deferred.detail()).isEqualTo(waitingForItsRoute.verdicts().get(0).detail());
            assertThat(deferred.category()).isEqualTo(Category.DEFERRED);
            assertThat(refused.reason()).isEqualTo(Reason.INVALID_DATA);
            assertThat(refused.category()).isEqualTo(Category.REJECTED);
        }
    }

    @Nested
    class AnOrdersCategory {

        @Test
        void is_its_worst_invoices_a_return_invoice_skipped_beside_a_sale_in_tracking_is_in_tracking() {
            assertThat(Category.worstOf(List.of(Category.SKIPPED_BY_RULE, Category.IN_TRACKING))).isEqualTo(Category.IN_TRACKING);
            assertThat(Category.worstOf(List.of(Category.FIXED_NOW, Category.NEEDS_ATTENTION, Category.IN_TRACKING)))
                    .isEqualTo(Category.NEEDS_ATTENTION);
            assertThat(Category.worstOf(List.of(Category.REJECTED, Category.FIXED_NOW))).isEqualTo(Category.REJECTED);
        }

        @Test
        void an_order_without_findings_has_no_category() {
            assertThatThrownBy(() -> Category.worstOf(List.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
