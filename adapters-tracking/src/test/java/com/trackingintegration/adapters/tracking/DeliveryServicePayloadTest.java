package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.DeliveryServiceRoute;
import com.trackingintegration.domain.delivery.LegalType;
import com.trackingintegration.domain.delivery.ShipperCustomer;
import com.trackingintegration.domain.delivery.TrackingField;
import com.trackingintegration.domain.order.ShippingAddress.GeoPoint;
import com.trackingintegration.domain.route.RouteAssignment.RouteStart;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.trackingintegration.adapters.tracking.TrackingTestSupport.JSON;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.spec;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON the adapter writes, walked against tracking.json's schemas: every field it sends is one the schema
 * defines, within its maxLength, and every required field is there. A field added to the payload without its place
 * in the spec, or a limit in {@link TrackingField} that differs from the spec, fails here.
 */
class DeliveryServicePayloadTest {

    private static final java.time.Instant SENT_AT = java.time.Instant.parse("2026-11-21T12:00:00Z");

    /** Every field filled, each at the longest length the domain lets through. */
    private static DeliveryService fullest() {
        ShipperCustomer recipient = new ShipperCustomer(LegalType.PJ, "e".repeat(244) + "@email.com", "f".repeat(100),
                "l".repeat(100), "1".repeat(11), "c".repeat(150), "2".repeat(14), "s".repeat(150), "n".repeat(50),
                "o".repeat(50), "b".repeat(150), "y".repeat(100), "RJ", "22250-040", "21", "999999999");
        return new DeliveryService("Entrega", recipient, "123456789", Optional.of("123"), "o".repeat(200),
                Optional.of(new GeoPoint(-22.9, -43.1)));
    }

    private static DeliveryServiceRoute fullestRoute() {
        return new DeliveryServiceRoute(LocalDate.of(2026, 11, 21), "u".repeat(100), "d".repeat(15), Optional.of("p".repeat(50)),
                Optional.of(new RouteStart("Rua do Depósito", "10", "Rio de Janeiro", "20000-000", "RJ")));
    }

    @Test
    void an_unrouted_payload_fits_the_delivery_service_schema() {
        JsonNode payload = JSON.readTree(TrackingJson.write(List.of(DeliveryServiceJson.of(fullest(), SENT_AT))));
        JsonNode schema = spec().at("/components/schemas/DeliveryService");

        assertThat(problems("", payload, schema)).isEmpty();
    }

    @Test
    void a_routed_payload_fits_the_routes_schema_and_its_services_the_delivery_service_item() {
        JsonNode payload = JSON.readTree(TrackingJson.write(DeliveryServiceJson.of(fullestRoute(), List.of(fullest()), SENT_AT)));
        JsonNode routeSchema = spec().at("/paths/~1services~1routes/post/requestBody/content/application~1json/schema/properties/deliveryServiceRoute");
        JsonNode itemSchema = spec().at("/components/schemas/DeliveryService/items");

        assertThat(problems("deliveryServiceRoute", payload.get("deliveryServiceRoute"), routeSchema)).isEmpty();
        assertThat(problems("deliveryService[0]", payload.get("deliveryService").get(0), itemSchema)).isEmpty();
        assertThat(payload.get("deliveryServiceDate").asString()).isEqualTo(payload.at("/deliveryServiceRoute/deliveryServiceDate").asString());
    }

    @Test
    void the_limits_the_domain_enforces_are_the_limits_of_the_spec() {
        JsonNode item = spec().at("/components/schemas/DeliveryService/items");
        JsonNode route = spec().at("/paths/~1services~1routes/post/requestBody/content/application~1json/schema/properties/deliveryServiceRoute");
        for (TrackingField field : TrackingField.values()) {
            String path = field.path();
            JsonNode schema = path.startsWith("deliveryServiceRoute.") ? walk(route, path.substring("deliveryServiceRoute.".length())) : walk(item, path);
            assertThat(schema.path("maxLength").asInt(-1)).as(path + " maxLength in tracking.json").isEqualTo(field.maxLength());
        }
    }

    @Test
    void the_walker_itself_catches_a_field_the_spec_does_not_define_and_a_value_too_long() {
        JsonNode schema = spec().at("/components/schemas/DeliveryService/items");
        JsonNode bad = JSON.readTree("{\"shipperCustomer\":{\"legalType\":\"PF\",\"addressStreet\":\"x\",\"postalCode\":\"1234567890\"},"
                + "\"inventedField\":\"x\"}");

        assertThat(problems("", bad, schema)).containsExactlyInAnyOrder(
                "shipperCustomer.postalCode: 10 characters, maxLength 9", "inventedField: not in the schema");
    }

    private static JsonNode walk(JsonNode schema, String dottedPath) {
        JsonNode node = schema;
        for (String name : dottedPath.split("\\.")) {
            node = node.path("properties").path(name);
        }
        return node;
    }

    private static List<String> problems(String at, JsonNode value, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        String prefix = at.isEmpty() ? "" : at + ".";
        if (schema.path("type").asString("").equals("array")) {
            for (int i = 0; i < value.size(); i++) {
                problems.addAll(problems(at + "[" + i + "]", value.get(i), schema.get("items")));
            }
            return problems;
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asString()) && !(at.isEmpty() && required.asString().equals("deliveryServiceDate"))) {
                    problems.add(prefix + required.asString() + ": required and missing");
                }
            }
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                JsonNode fieldSchema = schema.path("properties").path(field.getKey());
                if (fieldSchema.isMissingNode()) {
                    problems.add(prefix + field.getKey() + ": not in the schema");
                } else {
                    problems.addAll(problems(prefix + field.getKey(), field.getValue(), fieldSchema));
                }
            }
            return problems;
        }
        int maxLength = schema.path("maxLength").asInt(-1);
        if (value.isString() && maxLength >= 0 && value.asString().length() > maxLength) {
            problems.add(at + ": " + value.asString().length() + " characters, maxLength " + maxLength);
        }
        return problems;
    }
}
