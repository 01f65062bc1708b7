package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.ShipperCustomer;
import com.trackingintegration.domain.fixtures.OrderBuilder;
import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DeliveryChannel;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.ShippingAddress;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.route.RouteAssignment;
import com.trackingintegration.domain.settings.IntegrationSettings;
import com.trackingintegration.domain.settings.Routing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.trackingintegration.domain.fixtures.OrderBuilder.aReturnInvoice;
import static com.trackingintegration.domain.fixtures.OrderBuilder.address;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anItem;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OrderIntegrationTest {

    private static final IntegrationSettings DEFAULTS = IntegrationSettings.defaults();

    private static OrderDecision decide(Order order) {
        return decide(DEFAULTS, order, List.of());
    }

    private static OrderDecision decide(IntegrationSettings settings, Order order, List<RouteAssignment> routes) {
        return new OrderIntegration(settings).decide(order, routes);
    }

    private static Verdict onlyVerdict(OrderDecision decision) {
        assertThat(decision.verdicts()).hasSize(1);
        return decision.verdicts().get(0);
    }

    private static RouteAssignment routeFor(String orderId, String invoice) {
        return new RouteAssignment(orderId, invoice, LocalDate.of(2026, 11, 21), "empresa-joao.silva",
                Optional.of("XPT-0123"), "Caminhão", Optional.empty());
    }

    @Nested
    class Eligibility {

        @Test
        void an_invoiced_order_delivered_to_an_address_becomes_one_delivery_service_per_output_invoice() {
            Order order = anInvoicedOrder().withInvoice(anOutputInvoice("1001")).withInvoice(anOutputInvoice("1002")).build();

            OrderDecision decision = decide(order);

            assertThat(decision.summary()).isEqualTo(Reason.READY);
            assertThat(decision.toSend()).extracting(r -> r.service().invoiceNumber()).containsExactly("1001", "1002");
            assertThat(decision.toSend()).noneMatch(DeliveryServiceRequest::isRouted);
        }

        @ParameterizedTest
        @ValueSource(strings = {"handling", "ready-for-handling", "payment-approved", "invoice", ""})
        void an_order_that_is_not_invoiced_is_skipped(String status) {
            Verdict verdict = onlyVerdict(decide(anInvoicedOrder().withStatus(status).build()));

            assertThat(verdict.reason()).isEqualTo(Reason.NOT_INVOICED);
            assertThat(verdict.disposition()).isEqualTo(Disposition.SKIP);
        }

        @ParameterizedTest
        @ValueSource(strings = {"canceled", "cancel", "request-cancel", "cancellation-requested"})
        void a_canceled_order_is_skipped_as_canceled(String status) {
            Verdict verdict = onlyVerdict(decide(anInvoicedOrder().withStatus(status).build()));

            assertThat(verdict.reason()).isEqualTo(Reason.CANCELED);
            assertThat(verdict.detail()).contains(status);
        }

        @Test
        void an_order_picked_up_in_a_pickup_point_is_skipped() {
            Order order = anInvoicedOrder().withChannels(DeliveryChannel.PICKUP_IN_POINT).build();

            assertThat(onlyVerdict(decide(order)).reason()).isEqualTo(Reason.PICKUP_IN_POINT);
        }

        @Test
        void an_order_with_delivered_and_picked_up_items_is_delivered() {
            Order order = anInvoicedOrder().withChannels(DeliveryChannel.PICKUP_IN_POINT, DeliveryChannel.DELIVERY).build();

            assertThat(decide(order).summary()).isEqualTo(Reason.READY);
        }

        @Test
        void a_return_invoice_never_becomes_a_delivery_service() {
            Order order = anInvoicedOrder().withInvoice(anOutputInvoice("1001")).withInvoice(anOutputInvoice("9001").asReturn()).build();

            OrderDecision decision = decide(order);

            assertThat(decision.toSend()).extracting(r -> r.service().invoiceNumber()).containsExactly("1001");
            assertThat(decision.verdicts()).anySatisfy(v -> {
                assertThat(v.invoiceNumber()).isEqualTo("9001");
                assertThat(v.reason()).isEqualTo(Reason.RETURN_INVOICE);
            });
        }

        @Test
        void an_order_with_only_a_return_invoice_is_skipped() {
            Order order = anInvoicedOrder().withInvoice(anOutputInvoice("9001").asReturn()).build();

            assertThat(decide(order).summary()).isEqualTo(Reason.RETURN_INVOICE);
            assertThat(decide(order).toSend()).isEmpty();
        }

        @Test
        void an_invoiced_order_without_any_invoice_package_is_skipped() {
            assertThat(onlyVerdict(decide(anInvoicedOrder().withoutInvoices().build())).reason()).isEqualTo(Reason.NO_INVOICE);
        }

        @Test
        void with_a_carrier_filter_only_the_packages_of_those_carriers_are_imported() {
            IntegrationSettings ownFleet = new IntegrationSettings(false, false, Routing.INTERNAL, Set.of(" motoboy "));
            Order order = anInvoicedOrder().withInvoice(anOutputInvoice("1001").withCourier("Motoboy"))
                    .withInvoice(anOutputInvoice("1002").withCourier("PAC Correios")).build();

            OrderDecision decision = decide(ownFleet, order, List.of());

            assertThat(decision.toSend()).extracting(r -> r.service().invoiceNumber()).containsExactly("1001");
            assertThat(decision.verdicts()).filteredOn(v -> v.invoiceNumber().equals("1002"))
                    .singleElement().satisfies(v -> {
                        assertThat(v.reason()).isEqualTo(Reason.CARRIER_NOT_SELECTED);
                        assertThat(v.detail()).contains("PAC Correios");
                    });
        }

        @Test
        void when_the_invoice_file_is_required_an_invoice_without_nfe_xml_is_skipped() {
            IntegrationSettings xmlRequired = new IntegrationSettings(true, false, Routing.INTERNAL, Set.of());
            Order order = anInvoicedOrder().withInvoice(anOutputInvoice("1001").withUrl("https://erp.example.com/nfe/1001.pdf")).build();

            Verdict verdict = onlyVerdict(decide(xmlRequired, order, List.of()));

            assertThat(verdict.reason()).isEqualTo(Reason.INVOICE_FILE_MISSING);
        }

        @Test
        void when_the_invoice_file_is_required_an_xml_link_or_an_embedded_xml_is_enough() {
            IntegrationSettings xmlRequired = new IntegrationSettings(true, false, Routing.INTERNAL, Set.of());
            Order order = anInvoicedOrder()
                    .withInvoice(anOutputInvoice("1001").withUrl("https://erp.example.com/nfe/1001.XML?download=1"))
                    .withInvoice(anOutputInvoice("1002").withUrl("").withEmbeddedXml()).build();

            assertThat(decide(xmlRequired, order, List.of()).toSend()).hasSize(2);
        }

        @Test
        void when_routing_is_external_an_order_without_its_route_is_deferred_not_failed() {
            IntegrationSettings external = new IntegrationSettings(false, false, Routing.EXTERNAL, Set.of());

            Verdict verdict = onlyVerdict(decide(external, anInvoicedOrder().build(), List.of()));

            assertThat(verdict.reason()).isEqualTo(Reason.ROUTE_PENDING);
            assertThat(verdict.disposition()).isEqualTo(Disposition.DEFER);
        }

        @Test
        void when_routing_is_external_an_order_with_its_route_goes_in_with_it() {
            IntegrationSettings external = new IntegrationSettings(false, false, Routing.EXTERNAL, Set.of());
            Order order = anInvoicedOrder().build();

            OrderDecision decision = decide(external, order, List.of(routeFor(order.orderId(), "24382")));

            assertThat(decision.toSend()).singleElement().satisfies(request -> {
                assertThat(request.isRouted()).isTrue();
                assertThat(request.route().orElseThrow().carrierUsername()).isEqualTo("empresa-joao.silva");
                assertThat(request.route().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 11, 21));
            });
        }

        @Test
        void a_route_of_another_invoice_does_not_route_this_one() {
            IntegrationSettings external = new IntegrationSettings(false, false, Routing.EXTERNAL, Set.of());
            Order order = anInvoicedOrder().build();

            assertThat(decide(external, order, List.of(routeFor(order.orderId(), "99999"))).summary()).isEqualTo(Reason.ROUTE_PENDING);
        }

        @Test
        void when_routing_is_internal_routes_are_ignored() {
            Order order = anInvoicedOrder().build();

            OrderDecision decision = decide(DEFAULTS, order, List.of(routeFor(order.orderId(), "24382")));

            assertThat(decision.toSend()).singleElement().satisfies(r -> assertThat(r.isRouted()).isFalse());
        }
    }

    /** Issue 14: a sale invoice returned before the import first sees it is judged as reconcile would judge it. */
    @Nested
    class ReturnedGoods {

        private OrderBuilder anOrderOfBowlsAndLamps() {
            return anInvoicedOrder().withItems(anItem(0, "BIGBML").sku("18").named("Big Bowl").quantity(2),
                    anItem(1, "LAMP").sku("7060874").named("Lamp").quantity(3));
        }

        @Test
        void a_sale_invoice_fully_returned_is_skipped_as_returned_naming_the_return_invoice() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(anOutputInvoice("1001").withLines(0, 2))
                    .withInvoice(aReturnInvoice("2001").withRestitution("18", 2)).build();

            OrderDecision decision = decide(order);

            assertThat(decision.toSend()).isEmpty();
            assertThat(decision.verdicts()).extracting(Verdict::invoiceNumber, Verdict::reason, Verdict::detail)
                    .containsExactly(tuple("1001", Reason.RETURNED, "returned by Input invoice(s) 2001"), tuple("2001", Reason.RETURN_INVOICE, ""));
            assertThat(decision.verdicts().get(0).disposition()).isEqualTo(Disposition.SKIP);
        }

        @Test
        void a_sale_invoice_partly_returned_is_delivered_with_only_what_remains() {
            Order order = anOrderOfBowlsAndLamps().withInvoice(anOutputInvoice("1001").withLines(0, 2, 1, 3))
                    .withInvoice(aReturnInvoice("2001").withLines(1, 3)).build();

            Verdict verdict = decide(order).verdicts().get(0);

            assertThat(verdict.reason()).isEqualTo(Reason.READY);
            assertThat(verdict.detail()).isEqualTo("partly returned by Input invoice(s) 2001: 2 of 5 items remain");
            assertThat(verdict.request().orElseThrow().service().details().packingList()).isEqualTo("2 x BIGBML");
            assertThat(verdict.request().orElseThrow().service().details().description()).isEqualTo("2 x Big Bowl (ref BIGBML); volumes: 1");
        }

        @Test
        void a_line_partly_returned_names_what_is_left_of_it_and_the_schedule_comes_first() {
            Order order = anInvoicedOrder().withItems(anItem(0, "BIGBML").sku("18").quantity(2),
                            anItem(1, "LAMP").sku("7060874").quantity(3).scheduled("2026-12-02T12:00:00-03:00", "2026-12-02T18:00:00-03:00"))
                    .withInvoice(anOutputInvoice("1001").withLines(0, 2, 1, 3))
                    .withInvoice(aReturnInvoice("2001").withLines(1, 1).withRestitution("7060874", 1)).build();

            Verdict verdict = decide(order).verdicts().get(0);

            assertThat(verdict.request().orElseThrow().service().details().packingList()).isEqualTo("2 x BIGBML; 2 x LAMP");
            assertThat(verdict.detail()).isEqualTo("scheduled 2026-12-02 afternoon; partly returned by Input invoice(s) 2001: 4 of 5 items remain");
        }
    }

    @Nested
    class Mapping {

        private ShipperCustomer recipientOf(Order order) {
            return decide(order).toSend().get(0).service().recipient();
        }

        @Test
        void the_delivery_service_names_the_invoice_its_series_and_the_order() {
            DeliveryService service = decide(anInvoicedOrder().build()).toSend().get(0).service();

            assertThat(service.type()).isEqualTo("Entrega");
            assertThat(service.invoiceNumber()).isEqualTo("24382");
            assertThat(service.invoiceSeries()).contains("2");
            assertThat(service.orderNumber()).isEqualTo("1172452900788-01");
            assertThat(service.location()).isPresent();
        }

        @Test
        void a_person_is_sent_as_pf_with_cpf_digits_receiver_name_and_split_phone() {
            ShipperCustomer recipient = recipientOf(anInvoicedOrder().build());

            assertThat(recipient.legalType().name()).isEqualTo("PF");
            assertThat(recipient.cpf()).isEqualTo("84513427019");
            assertThat(recipient.firstName()).isEqualTo("Rodrigo");
            assertThat(recipient.lastName()).isEqualTo("Smith");
            assertThat(recipient.phoneAreaCode()).isEqualTo("61");
            assertThat(recipient.phoneNumber()).isEqualTo("992227222");
            assertThat(recipient.postalCode()).isEqualTo("22630-011");
            assertThat(recipient.state()).isEqualTo("RJ");
        }

        @Test
        void a_company_is_sent_as_pj_with_its_cnpj_and_name() {
            var company = new Customer("Ana", "Silva", "compras@acme.com.br", "",
                    DocumentType.CNPJ, "", Optional.of(
                    new Customer.Company("ACME Ltda", "12.345.678/0001-95")));

            ShipperCustomer recipient = recipientOf(anInvoicedOrder().withCustomer(company).build());

            assertThat(recipient.legalType().name()).isEqualTo("PJ");
            assertThat(recipient.cnpj()).isEqualTo("12345678000195");
            assertThat(recipient.companyName()).isEqualTo("ACME Ltda");
            assertThat(recipient.cpf()).isEmpty();
        }

        @Test
        void a_long_complement_is_cut_to_what_tracking_accepts() {
            var address = new ShippingAddress("residential", "Ana Silva", "Rua A", "1",
                    "Bloco B, apartamento 1203, interfone 1203, deixar com o porteiro", "Centro", "Niterói", "RJ", "24020-000", "BRA", Optional.empty());

            ShipperCustomer recipient = recipientOf(anInvoicedOrder().withAddress(address).build());

            assertThat(recipient.addressComplement()).hasSizeLessThanOrEqualTo(50).startsWith("Bloco B, apartamento 1203");
        }

        @Test
        void an_order_without_a_phone_is_still_delivered() {
            ShipperCustomer recipient = recipientOf(anInvoicedOrder().withPhone(null).build());

            assertThat(recipient.phoneAreaCode()).isEmpty();
            assertThat(recipient.phoneNumber()).isEmpty();
        }
    }

    @Nested
    class Rejection {

        private Verdict rejected(Order order) {
            Verdict verdict = onlyVerdict(decide(order));
            assertThat(verdict.reason()).isEqualTo(Reason.INVALID_DATA);
            assertThat(verdict.disposition()).isEqualTo(Disposition.REJECT);
            assertThat(verdict.invoiceNumber()).isEqualTo("24382");
            return verdict;
        }

        @Test
        void a_missing_street_is_rejected_naming_the_field() {
            Verdict verdict = rejected(anInvoicedOrder().withAddress(
                    address("", "126", "22630-011", "RJ")).build());

            assertThat(verdict.detail()).startsWith("shippingData.address.street: missing");
        }

        @Test
        void a_missing_postal_code_is_rejected() {
            Verdict verdict = rejected(anInvoicedOrder().withAddress(
                    address("Rua A", "1", "", "RJ")).build());

            assertThat(verdict.detail()).startsWith("shippingData.address.postalCode: missing");
        }

        @Test
        void a_postal_code_longer_than_tracking_allows_is_rejected() {
            Verdict verdict = rejected(anInvoicedOrder().withAddress(
                    address("Rua A", "1", "22630-011-000", "RJ")).build());

            assertThat(verdict.detail()).contains("shippingData.address.postalCode").contains("at most 9");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Rio de Janeiro", "R", "", "R1"})
        void a_state_that_is_not_two_letters_is_rejected(String state) {
            Verdict verdict = rejected(anInvoicedOrder().withAddress(
                    address("Rua A", "1", "22630-011", state)).build());

            assertThat(verdict.detail()).startsWith("shippingData.address.state:");
        }

        @ParameterizedTest
        @ValueSource(strings = {"123", "+55 21 1234", "not a phone", "+1 415 555 0100 22"})
        void an_unusable_phone_is_rejected_without_showing_it(String phone) {
            Verdict verdict = rejected(anInvoicedOrder().withPhone(phone).build());

            assertThat(verdict.detail()).startsWith("clientProfileData.phone:");
            assertThat(verdict.detail()).doesNotContain(phone);
        }

        @Test
        void an_order_without_an_address_is_rejected() {
            assertThat(rejected(anInvoicedOrder().withoutAddress().build()).detail()).startsWith("shippingData.address:");
        }

        @Test
        void a_series_longer_than_three_characters_is_rejected() {
            Verdict verdict = rejected(anInvoicedOrder().withInvoice(anOutputInvoice("24382").withSeries("1234")).build());

            assertThat(verdict.detail()).contains("series '1234'");
        }

        @Test
        void a_route_tracking_cannot_accept_is_rejected_naming_the_field() {
            IntegrationSettings external = new IntegrationSettings(false, false, Routing.EXTERNAL, Set.of());
            Order order = anInvoicedOrder().build();
            RouteAssignment route = new RouteAssignment(order.orderId(), "24382", LocalDate.of(2026, 11, 21), "driver",
                    Optional.empty(), "Caminhão com carroceria baú", Optional.empty());

            Verdict verdict = onlyVerdict(decide(external, order, List.of(route)));

            assertThat(verdict.reason()).isEqualTo(Reason.INVALID_DATA);
            assertThat(verdict.detail()).contains("deliveryServiceRoute.displacementType").contains("at most 15");
        }
    }
}
