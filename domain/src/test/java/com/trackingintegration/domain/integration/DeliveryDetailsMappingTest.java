package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.DeliveryDetails;
import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.ShipperCustomer;
import com.trackingintegration.domain.fixtures.OrderBuilder;
import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.settings.IntegrationSettings;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static com.trackingintegration.domain.fixtures.OrderBuilder.aReadNfe;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anItem;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;
import static org.assertj.core.api.Assertions.assertThat;

class DeliveryDetailsMappingTest {

    private static OrderBuilder anOrderOfTwoItems() {
        return anInvoicedOrder().withSender("Lux Store Filial RJ").withItems(
                anItem(0, "BIGBML").named("Big Bowl").quantity(2).scheduled("2026-12-02T12:00:00-03:00", "2026-12-02T18:00:00-03:00"),
                anItem(1, "").sku("7060874").named("Tigela").quantity(1));
    }

    private static List<Verdict> verdicts(Order order) {
        return new OrderIntegration(IntegrationSettings.defaults()).decide(order, List.of()).verdicts();
    }

    private static DeliveryService onlyService(Order order) {
        List<Verdict> verdicts = verdicts(order);
        assertThat(verdicts).hasSize(1);
        return verdicts.get(0).request().orElseThrow(() -> new AssertionError(verdicts.get(0).toString())).service();
    }

    @Nested
    class Contents {

        @Test
        void the_packing_list_and_description_are_the_invoice_lines() {
            Order order = anOrderOfTwoItems().withInvoice(anOutputInvoice("1").withLines(0, 2, 1, 1).withVolumes(2)
                    .withNfe(aReadNfe().grossWeightKg("3.20"))).build();

            DeliveryDetails details = onlyService(order).details();

            assertThat(details.packingList()).isEqualTo("2 x BIGBML; 1 x 7060874");
            assertThat(details.description())
                    .isEqualTo("2 x Big Bowl (ref BIGBML); 1 x Tigela (ref 7060874); volumes: 2; gross weight: 3.2 kg");
        }

        @Test
        void the_quantities_are_the_invoice_lines_not_the_order_items() {
            Order order = anOrderOfTwoItems().withInvoice(anOutputInvoice("1").withLines(0, 1))
                    .withInvoice(anOutputInvoice("2").withLines(0, 1, 1, 1)).build();

            assertThat(verdicts(order)).extracting(v -> v.request().orElseThrow().service().details().packingList())
                    .containsExactly("1 x BIGBML", "1 x BIGBML; 1 x 7060874");
        }

        @Test
        void an_invoice_that_lists_no_items_carries_the_whole_order() {
            Order order = anOrderOfTwoItems().withInvoice(anOutputInvoice("1")).build();

            assertThat(onlyService(order).details().packingList()).isEqualTo("2 x BIGBML; 1 x 7060874");
        }

        @Test
        void a_line_naming_no_item_of_the_order_is_rejected_naming_the_field() {
            Order order = anOrderOfTwoItems().withInvoice(anOutputInvoice("1").withLines(0, 1, 7, 1)).build();

            Verdict verdict = verdicts(order).get(0);

            assertThat(verdict.reason()).isEqualTo(Reason.INVALID_DATA);
            assertThat(verdict.detail()).isEqualTo("packageAttachment.packages[0].items[1].itemIndex: 7 names no item of the order (2 items)");
        }

        @Test
        void the_sender_the_issue_date_and_the_cnpjs_come_from_the_order_and_its_nfe() {
            Order order = anOrderOfTwoItems().withInvoice(anOutputInvoice("1").withIssuanceDate("2026-11-30T10:00:00-03:00")
                    .withNfe(aReadNfe().issuedBy("11222333000181").carriedBy("20212790000186"))).build();

            DeliveryDetails details = onlyService(order).details();

            assertThat(details.sender()).isEqualTo("Lux Store Filial RJ");
            assertThat(details.packingListDateTime()).contains(OffsetDateTime.parse("2026-11-30T10:00:00-03:00"));
            assertThat(details.branch()).contains(Cnpj.parse("11222333000181"));
            assertThat(details.carrier()).contains(Cnpj.parse("20212790000186"));
        }

        @Test
        void without_the_xml_the_branch_is_the_access_key_issuer_and_no_carrier_is_named() {
            DeliveryDetails details = onlyService(anOrderOfTwoItems().withInvoice(anOutputInvoice("1")).build()).details();

            assertThat(details.branch()).contains(Cnpj.parse("00063960001504"));
            assertThat(details.carrier()).isEmpty();
        }
    }

    @Nested
    class Scheduled {

        @Test
        void an_invoice_of_scheduled_items_carries_the_window_and_the_report_shows_it() {
            Order order = anOrderOfTwoItems().withInvoice(anOutputInvoice("1").withLines(0, 2)).build();

            Verdict verdict = verdicts(order).get(0);

            var scheduling = verdict.request().orElseThrow().service().details().scheduling().orElseThrow();
            assertThat(scheduling.customerDateTime()).isEqualTo(OffsetDateTime.parse("2026-12-02T12:00:00-03:00"));
            assertThat(scheduling.afternoon()).isTrue();
            assertThat(scheduling.morning() || scheduling.night()).isFalse();
            assertThat(verdict.reason()).isEqualTo(Reason.READY);
            assertThat(verdict.detail()).isEqualTo("scheduled 2026-12-02 afternoon");
        }

        @Test
        void the_window_is_that_of_the_invoice_items_not_of_the_rest_of_the_order() {
            Order order = anInvoicedOrder().withItems(
                            anItem(0, "A").scheduled("2026-12-02T08:00:00-03:00", "2026-12-02T12:00:00-03:00"),
                            anItem(1, "B").scheduled("2026-12-05T18:00:00-03:00", "2026-12-05T21:00:00-03:00"))
                    .withInvoice(anOutputInvoice("1").withLines(0, 1)).withInvoice(anOutputInvoice("2").withLines(1, 1)).build();

            assertThat(verdicts(order)).extracting(Verdict::detail)
                    .containsExactly("scheduled 2026-12-02 morning", "scheduled 2026-12-05 night");
        }

        @Test
        void an_invoice_of_unscheduled_items_has_no_scheduling_and_a_plain_ready_verdict() {
            Order order = anOrderOfTwoItems().withInvoice(anOutputInvoice("1").withLines(1, 1)).build();

            Verdict verdict = verdicts(order).get(0);

            assertThat(verdict.request().orElseThrow().service().details().scheduling()).isEmpty();
            assertThat(verdict.detail()).isEmpty();
        }
    }

    @Nested
    class DeliveryPlace {

        @Test
        void without_entrega_the_oms_address_and_its_coordinates_are_the_delivery() {
            DeliveryService service = onlyService(anInvoicedOrder().withInvoice(anOutputInvoice("1").withNfe(aReadNfe())).build());

            assertThat(service.recipient().addressStreet()).isEqualTo("Avenida Lúcio Costa");
            assertThat(service.location()).isPresent();
        }

        @Test
        void the_nfe_entrega_wins_over_the_oms_address_and_drops_its_coordinates() {
            Order order = anInvoicedOrder().withInvoice(anOutputInvoice("1")
                    .withNfe(aReadNfe().deliveredTo("Rua da Conceição", "105", "24020085", "rj"))).build();

            DeliveryService service = onlyService(order);

            ShipperCustomer recipient = service.recipient();
            assertThat(recipient.addressStreet()).isEqualTo("Rua da Conceição");
            assertThat(recipient.addressNumber()).isEqualTo("105");
            assertThat(recipient.addressComplement()).isEqualTo("fundos");
            assertThat(recipient.addressNeighborhood()).isEqualTo("Centro");
            assertThat(recipient.addressCity()).isEqualTo("Niterói");
            assertThat(recipient.state()).isEqualTo("RJ");
            assertThat(recipient.postalCode()).isEqualTo("24020-085");
            assertThat(service.location()).as("the OMS coordinates are of another place").isEmpty();
        }

        @Test
        void with_entrega_the_recipient_is_still_the_customer_and_the_oms_receiver() {
            Order order = anInvoicedOrder().withInvoice(anOutputInvoice("1")
                    .withNfe(aReadNfe().deliveredTo("Rua da Conceição", "105", "24020-085", "RJ"))).build();

            ShipperCustomer recipient = onlyService(order).recipient();

            assertThat(recipient.firstName()).isEqualTo("Rodrigo");
            assertThat(recipient.lastName()).isEqualTo("Smith");
            assertThat(recipient.cpf()).isEqualTo("84513427019");
            assertThat(recipient.phoneNumber()).isEqualTo("992227222");
        }

        @Test
        void an_order_without_an_oms_address_is_delivered_where_the_nfe_says() {
            Order order = anInvoicedOrder().withoutAddress().withInvoice(anOutputInvoice("1")
                    .withNfe(aReadNfe().deliveredTo("Rua da Conceição", "105", "24020-085", "RJ"))).build();

            ShipperCustomer recipient = onlyService(order).recipient();

            assertThat(recipient.addressStreet()).isEqualTo("Rua da Conceição");
            assertThat(recipient.firstName()).as("the entrega's receiver, when the OMS names none").isEqualTo("Recebedor");
        }

        @Test
        void an_entrega_tracking_cannot_take_is_rejected_naming_the_nfe_field() {
            Order order = anInvoicedOrder().withInvoice(anOutputInvoice("1")
                    .withNfe(aReadNfe().deliveredTo("Rua da Conceição", "105", "2402", "RJ"))).build();

            Verdict verdict = verdicts(order).get(0);

            assertThat(verdict.reason()).isEqualTo(Reason.INVALID_DATA);
            assertThat(verdict.detail()).startsWith("packageAttachment.packages[0].NFe.entrega.postalCode:");
        }

        @Test
        void each_invoice_goes_where_its_own_nfe_says() {
            Order order = anInvoicedOrder()
                    .withInvoice(anOutputInvoice("1").withNfe(aReadNfe().deliveredTo("Rua da Conceição", "105", "24020-085", "RJ")))
                    .withInvoice(anOutputInvoice("2").withNfe(aReadNfe())).build();

            assertThat(verdicts(order)).extracting(v -> v.request().orElseThrow().service().recipient().addressStreet())
                    .containsExactly("Rua da Conceição", "Avenida Lúcio Costa");
        }
    }
}
