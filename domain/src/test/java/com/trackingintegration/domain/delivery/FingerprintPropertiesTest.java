package com.trackingintegration.domain.delivery;

import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.order.ShippingAddress.GeoPoint;
import com.trackingintegration.domain.route.RouteAssignment.RouteStart;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprint covers every field sent, walked from the field map itself ({@link DeliveryServiceFields}): a field
 * added there later is covered here without a change to this test. Only {@code integrationDateTime} is left out.
 */
class FingerprintPropertiesTest {

    @Property(tries = 300)
    void a_change_to_any_field_sent_changes_the_fingerprint(@ForAll("requests") DeliveryServiceRequest request) {
        Map<String, Object> service = DeliveryServiceFields.of(request.service());
        Optional<Map<String, Object>> route = request.route().map(DeliveryServiceFields::of);
        Fingerprint original = Fingerprint.of(service, route);
        assertThat(original).isEqualTo(request.fingerprint());

        for (List<String> path : leafPaths(service, List.of())) {
            assertThat(Fingerprint.of(changed(service, path), route)).as("changed %s", path).isNotEqualTo(original);
            assertThat(Fingerprint.of(removed(service, path), route)).as("removed %s", path).isNotEqualTo(original);
        }
        if (route.isPresent()) {
            for (List<String> path : leafPaths(route.get(), List.of())) {
                assertThat(Fingerprint.of(service, Optional.of(changed(route.get(), path)))).as("route %s", path).isNotEqualTo(original);
            }
        }
        assertThat(leafPaths(service, List.of())).as("the generated services fill the fields that matter")
                .contains(List.of("idExternal"), List.of("shipperCustomer", "addressStreet"));
    }

    @Property(tries = 200)
    void the_time_of_the_send_does_not_change_the_fingerprint(@ForAll("requests") DeliveryServiceRequest request,
                                                               @ForAll("instants") Instant first, @ForAll("instants") Instant second) {
        Optional<Map<String, Object>> route = request.route().map(DeliveryServiceFields::of);

        assertThat(Fingerprint.of(DeliveryServiceFields.sent(request.service(), first), route))
                .isEqualTo(Fingerprint.of(DeliveryServiceFields.sent(request.service(), second), route))
                .isEqualTo(request.fingerprint());
    }

    private static List<List<String>> leafPaths(Map<String, Object> fields, List<String> prefix) {
        List<List<String>> paths = new ArrayList<>();
        fields.forEach((name, value) -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked") Map<String, Object> inner = (Map<String, Object>) nested;
                paths.addAll(leafPaths(inner, path));
            } else {
                paths.add(path);
            }
        });
        return paths;
    }

    private static Map<String, Object> changed(Map<String, Object> fields, List<String> path) {
        return edited(fields, path, value -> {
            if (value instanceof String text) {
                return text + "x";
            }
            if (value instanceof Boolean bool) {
                return !bool;
            }
            if (value instanceof Double number) {
                return number + 1.0;
            }
            throw new IllegalStateException("a field no request holds: " + value);
        });
    }

    private static Map<String, Object> removed(Map<String, Object> fields, List<String> path) {
        return edited(fields, path, value -> null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> edited(Map<String, Object> fields, List<String> path, java.util.function.UnaryOperator<Object> edit) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        String name = path.get(0);
        if (path.size() == 1) {
            Object value = edit.apply(copy.get(name));
            if (value == null) {
                copy.remove(name);
            } else {
                copy.put(name, value);
            }
        } else {
            copy.put(name, edited((Map<String, Object>) copy.get(name), path.subList(1, path.size()), edit));
        }
        return copy;
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(1_600_000_000L, 1_900_000_000L).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<DeliveryServiceRequest> requests() {
        Arbitrary<String> text = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
        Arbitrary<ShipperCustomer> recipient = Combinators.combine(Arbitraries.of(LegalType.values()), text, text, text)
                .as((type, name, street, city) -> new ShipperCustomer(type, name + "@example.com", name, "Silva", "84513427019",
                        "ACME " + name, "11222333000181", street, "12", "apto 3", "Centro", city, "RJ", "22630-011", "21", "999998888"));
        Arbitrary<Optional<Scheduling>> scheduling = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), instants())
                .as((m, a, n, at) -> new Scheduling(OffsetDateTime.ofInstant(at, DeliveryServiceFields.BRAZIL), m, a, n)).optional(0.8);
        Arbitrary<DeliveryDetails> details = Combinators.combine(scheduling, text, text, text, instants())
                .as((s, ref, name, sender, at) -> new DeliveryDetails(s, "2 x " + ref, "2 x " + name + " (ref " + ref + ")", sender,
                        Optional.of(Cnpj.parse("00063960001504")), Optional.of(Cnpj.parse("20212790000186")),
                        Optional.of(OffsetDateTime.ofInstant(at, DeliveryServiceFields.BRAZIL))));
        Arbitrary<Optional<DeliveryServiceRoute>> routes = Combinators.combine(text, Arbitraries.integers().between(0, 60))
                .as((driver, days) -> new DeliveryServiceRoute(LocalDate.of(2026, 11, 21).plusDays(days), driver, "moto",
                        Optional.of("ABC-1234"), Optional.of(new RouteStart("Avenida das Américas", "5000", "Rio de Janeiro", "22640-102", "RJ"))))
                .optional(0.5);
        Arbitrary<DeliveryService> services = Combinators.combine(recipient, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9),
                        Arbitraries.of("1", "2", "100"), text, details, Arbitraries.doubles().between(-30, 0))
                .as((r, number, series, order, d, lat) -> new DeliveryService(DeliveryService.DELIVERY, r, number, Optional.of(series),
                        order, Optional.of(new GeoPoint(lat, -43.3)), d));
        return Combinators.combine(services, routes).as(DeliveryServiceRequest::new);
    }
}
