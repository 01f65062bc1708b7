package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.ShipperCustomer;
import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DeliveryChannel;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.InvoiceType;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.OrderStatus;
import com.trackingintegration.domain.order.ShippingAddress;
import com.trackingintegration.domain.route.RouteAssignment;
import com.trackingintegration.domain.settings.IntegrationSettings;
import com.trackingintegration.domain.settings.Routing;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCoverage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over generated orders, from tidy to hostile: every delivery service produced fits VTEX Tracking's schema, and every
 * order that does not produce one says why. The limits below are copied from tracking.json on purpose, apart from
 * the production code, so that a wrong limit in the code cannot agree with itself.
 */
class DeliveryServicePropertiesTest {

    /** shipperCustomer maxLengths in tracking.json (components.schemas.DeliveryService). */
    private static final Map<String, Integer> RECIPIENT_MAX = Map.ofEntries(
            Map.entry("legalType", 2), Map.entry("email", 254), Map.entry("firstName", 100), Map.entry("lastName", 100),
            Map.entry("cpf", 50), Map.entry("companyName", 150), Map.entry("cnpj", 50), Map.entry("addressStreet", 150),
            Map.entry("addressNumber", 50), Map.entry("addressComplement", 50), Map.entry("addressNeighborhood", 150),
            Map.entry("addressCity", 100), Map.entry("state", 2), Map.entry("postalCode", 9),
            Map.entry("phoneAreaCode", 3), Map.entry("phoneNumber", 12));

    @Property(tries = 2000)
    void every_delivery_service_fits_the_tracking_schema_or_the_order_says_why(@ForAll("orders") Order order,
                                                                                @ForAll("settings") IntegrationSettings settings) {
        List<RouteAssignment> routes = order.invoices().stream()
                .map(i -> new RouteAssignment(order.orderId(), i.number().isEmpty() ? "-" : i.number(), LocalDate.of(2026, 11, 21),
                        "driver", Optional.of("ABC-1234"), "moto", Optional.empty()))
                .toList();

        OrderDecision decision = new OrderIntegration(settings).decide(order, routes);
        Statistics.collect(decision.summary());
        // Generated data must exercise both sides: orders that go, and orders refused for their data.
        Statistics.coverage(this::sendsAndRejectsOften);

        decision.toSend().forEach(request -> {
            ShipperCustomer r = request.service().recipient();
            Map<String, String> values = Map.ofEntries(
                    Map.entry("legalType", r.legalType().name()), Map.entry("email", r.email()),
                    Map.entry("firstName", r.firstName()), Map.entry("lastName", r.lastName()), Map.entry("cpf", r.cpf()),
                    Map.entry("companyName", r.companyName()), Map.entry("cnpj", r.cnpj()),
                    Map.entry("addressStreet", r.addressStreet()), Map.entry("addressNumber", r.addressNumber()),
                    Map.entry("addressComplement", r.addressComplement()),
                    Map.entry("addressNeighborhood", r.addressNeighborhood()), Map.entry("addressCity", r.addressCity()),
                    Map.entry("state", r.state()), Map.entry("postalCode", r.postalCode()),
                    Map.entry("phoneAreaCode", r.phoneAreaCode()), Map.entry("phoneNumber", r.phoneNumber()));
            values.forEach((field, value) -> assertThat(value.length()).as(field).isLessThanOrEqualTo(RECIPIENT_MAX.get(field)));
            assertThat(r.addressStreet()).as("required addressStreet").isNotBlank();
            assertThat(r.postalCode()).as("required postalCode").matches("\\d{5}-\\d{3}");
            assertThat(r.legalType().name()).isIn("PF", "PJ");
            assertThat(r.state()).matches("[A-Z]{2}");
            assertThat(request.service().invoiceNumber()).isNotBlank();
            assertThat(request.service().invoiceSeries().orElse("")).hasSizeLessThanOrEqualTo(3);
            assertThat(request.service().orderNumber()).hasSizeLessThanOrEqualTo(200);
            assertThat(request.service().type()).hasSizeLessThanOrEqualTo(11);
            assertThat(request.isRouted()).isEqualTo(settings.routedOutside());
        });
        decision.verdicts().stream().filter(v -> v.reason() == Reason.INVALID_DATA)
                .forEach(v -> assertThat(v.detail()).as("a rejection names the field").matches("^[A-Za-z.\\[\\]0-9 ]+:.+"));
        assertThat(decision.verdicts()).allSatisfy(v -> assertThat(v.orderId()).isEqualTo(order.orderId()));
    }

    private void sendsAndRejectsOften(StatisticsCoverage coverage) {
        coverage.check(Reason.READY).percentage(p -> p >= 5);
        coverage.check(Reason.INVALID_DATA).percentage(p -> p >= 5);
    }

    @Provide
    Arbitrary<IntegrationSettings> settings() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(Routing.values()),
                        Arbitraries.of(Set.<String>of(), Set.of("Motoboy"), Set.of("motoboy", "PAC Correios")))
                .as((xml, routing, carriers) -> new IntegrationSettings(xml, false, routing, carriers));
    }

    @Provide
    Arbitrary<Order> orders() {
        Arbitrary<String> status = Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.just("invoiced")),
                Tuple.of(1, Arbitraries.of("handling", "canceled", "")));
        Arbitrary<Set<DeliveryChannel>> channels = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just(Set.of(DeliveryChannel.DELIVERY))),
                Tuple.of(1, Arbitraries.of(DeliveryChannel.class).set().ofMaxSize(2)));
        return Combinators.combine(Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(40),
                        status, customers(), addresses().optional(0.95), channels, invoices().list().ofMinSize(1).ofMaxSize(3))
                .as((id, st, customer, address, ch, invoices) ->
                        new Order(id, OrderStatus.of(st), customer, address, ch, invoices));
    }

    private Arbitrary<Customer> customers() {
        Arbitrary<String> phones = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("+5561992227222", "(21) 3333-4444", "021 99999 8888", "")),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789 +()-").ofMaxLength(20)));
        Arbitrary<Optional<Customer.Company>> company = Combinators.combine(text(200), Arbitraries.of("12.345.678/0001-95", "123"))
                .as(Customer.Company::new).optional(0.2);
        return Combinators.combine(text(150), text(150), Arbitraries.of("a@b.com", "x".repeat(250) + "@b.com"), phones,
                        Arbitraries.of(DocumentType.class), Arbitraries.of("845.134.270-19", "12345678000195", "9".repeat(60)), company)
                .as(Customer::new);
    }

    private Arbitrary<ShippingAddress> addresses() {
        Arbitrary<String> postal = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("22630-011", "22630011")),
                Tuple.of(1, Arbitraries.of("", "2263-011", "22630-011-99")),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789-").ofMaxLength(12)));
        Arbitrary<String> states = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("RJ", "sp")),
                Tuple.of(1, Arbitraries.of("Rio", "")), Tuple.of(1, Arbitraries.strings().ofMaxLength(3)));
        Arbitrary<ShippingAddress> withoutLocation = Combinators.combine(Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.just("residential")), Tuple.of(1, Arbitraries.just("pickup"))), text(120),
                        text(180), text(60), text(120), text(180), text(120), states)
                .as((type, receiver, street, number, complement, neighborhood, city, state) ->
                        new ShippingAddress(type, receiver, street, number, complement, neighborhood, city, state, "", "BRA", Optional.empty()));
        return Combinators.combine(withoutLocation, postal).as((a, p) -> new ShippingAddress(a.addressType(), a.receiverName(),
                a.street(), a.number(), a.complement(), a.neighborhood(), a.city(), a.state(), p, a.country(), Optional.empty()));
    }

    private Arbitrary<Invoice> invoices() {
        Arbitrary<String> keys = Arbitraries.of("35201100063960001504550020000243821333214542",
                "CFe35201100063960001504590006629690333214542150", "", "35201100063960001504559990000243821333214542");
        return Combinators.combine(Arbitraries.strings().numeric().ofMaxLength(9), Arbitraries.of("", "1", "12", "1234").optional(),
                        keys, Arbitraries.of("https://x/nfe.xml", "https://x/nfe.pdf", ""), Arbitraries.of(true, false),
                        Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(InvoiceType.OUTPUT)), Tuple.of(1, Arbitraries.just(InvoiceType.INPUT))), Arbitraries.of("Motoboy", "Motoboy", "PAC Correios", ""))
                .as((number, series, key, url, embedded, type, courier) -> new Invoice(number, series, key, url, embedded, type,
                        Optional.of(OffsetDateTime.parse("2026-11-20T11:00:00Z")), 1000, 1, courier, "", ""));
    }

    private Arbitrary<String> text(int maxLength) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.strings().ofMaxLength(maxLength)),
                Tuple.of(6, Arbitraries.strings().alpha().withChars(' ', 'ã', 'ç').ofMinLength(1).ofMaxLength(maxLength)));
    }
}
