package com.trackingintegration.domain.delivery;

import com.trackingintegration.domain.integration.OrderIntegration;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.route.RouteAssignment;
import com.trackingintegration.domain.settings.IntegrationSettings;
import com.trackingintegration.domain.settings.Routing;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.trackingintegration.domain.fixtures.OrderBuilder.address;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FingerprintTest {

    private static final IntegrationSettings EXTERNAL = new IntegrationSettings(false, false, Routing.EXTERNAL, Set.of());

    private static Fingerprint fingerprintOf(Order order) {
        return new OrderIntegration(IntegrationSettings.defaults()).decide(order, List.of()).toSend().get(0).fingerprint();
    }

    private static Fingerprint routedFingerprint(Order order, String driver) {
        RouteAssignment route = new RouteAssignment(order.orderId(), "24382", LocalDate.of(2026, 11, 21), driver,
                Optional.empty(), "moto", Optional.empty());
        return new OrderIntegration(EXTERNAL).decide(order, List.of(route)).toSend().get(0).fingerprint();
    }

    @Test
    void the_same_order_always_has_the_same_fingerprint() {
        assertThat(fingerprintOf(anInvoicedOrder().build())).isEqualTo(fingerprintOf(anInvoicedOrder().build()));
    }

    /**
     * Pinned so that a change of encoding is a decision (bump the version), not an accident that would resend every
     * invoice. The value was computed outside Java, by a python3 script writing the documented encoding by hand:
     * {@code t(v) = "s" + len(v) + ":" + v + ";"}, numbers {@code "n" + len + ":" + v + ";"}, fields
     * {@code "{" + count + ";"} then name and value each, then {@code "}"}; over {@code t("ds-v2")}, the fields
     * deliveryServiceType Entrega, idExternal 1172452900788-01/24382/2, shipperCustomer (legalType PF, email,
     * firstName Rodrigo, lastName Smith, cpf 84513427019, addressStreet Avenida Lúcio Costa, addressNumber 126,
     * addressComplement 10, addressNeighborhood Barra da Tijuca, addressCity Rio de Janeiro, state RJ, postalCode
     * 22630-011, phoneAreaCode 61, phoneNumber 992227222), invoiceOrderOfService 24382, invoiceOrderOfServiceSerie 2,
     * orderNumber, latitude -23.0105873, longitude -43.3373718, packingListDateTime 2024-02-09T07:10:20-03:00,
     * description "volumes: 1", cnpjbranch 00063960001504 (from the access key), then {@code t("no route")};
     * {@code hashlib.sha256(encoding.encode("utf-8")).hexdigest()}.
     */
    @Test
    void a_known_order_keeps_a_known_fingerprint_so_ledgers_stay_valid_across_releases() {
        assertThat(fingerprintOf(anInvoicedOrder().build()).value())
                .isEqualTo("d32b376d45bd1add943d52007056674b3d56a181efd1abebfec607082b2c92ce");
    }

    @Test
    void a_new_address_changes_the_fingerprint() {
        Order moved = anInvoicedOrder().withAddress(address("Rua Nova", "126", "22630-011", "RJ")).build();

        assertThat(fingerprintOf(moved)).isNotEqualTo(fingerprintOf(anInvoicedOrder().build()));
    }

    @Test
    void a_new_route_changes_the_fingerprint() {
        Order order = anInvoicedOrder().build();

        assertThat(routedFingerprint(order, "maria")).isNotEqualTo(routedFingerprint(order, "joao"));
        assertThat(routedFingerprint(order, "maria")).isNotEqualTo(fingerprintOf(order));
    }

    @Test
    void moving_characters_between_fields_changes_the_fingerprint() {
        Order a = anInvoicedOrder().withAddress(address("Rua A", "12", "22630-011", "RJ")).build();
        Order b = anInvoicedOrder().withAddress(address("Rua A1", "2", "22630-011", "RJ")).build();

        assertThat(fingerprintOf(a)).isNotEqualTo(fingerprintOf(b));
    }

    @Test
    void a_fingerprint_is_64_hex_digits() {
        assertThatThrownBy(() -> new Fingerprint("abc")).hasMessageContaining("64 lowercase hex digits");
    }
}
