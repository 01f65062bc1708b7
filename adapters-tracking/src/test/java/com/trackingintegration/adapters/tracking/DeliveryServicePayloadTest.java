package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.delivery.DeliveryDetails;
import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.DeliveryServiceRoute;
import com.trackingintegration.domain.delivery.LegalType;
import com.trackingintegration.domain.delivery.Scheduling;
import com.trackingintegration.domain.delivery.ShipperCustomer;
import com.trackingintegration.domain.delivery.TrackingField;
import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.order.ShippingAddress.GeoPoint;
import com.trackingintegration.domain.route.RouteAssignment.RouteStart;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static com.trackingintegration.adapters.tracking.TrackingTestSupport.JSON;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.spec;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON the adapter writes, walked against tracking.json's schemas: every field it sends is one the schema
 * defines, of the schema's type (a date-time with its offset), within its maxLength, and every required field is
 * there. A field added to the payload without its place in the spec, or a limit in {@link TrackingField} that differs
 * from the spec, fails here. The fullest service fills every field of the schema but those this project leaves empty
 * on purpose (README, "What a delivery service carries").
 */
class DeliveryServicePayloadTest {

    private static final Instant SENT_AT = Instant.parse("2026-11-21T12:00:00Z");

    /**
     * The fields of the schema no value of the OMS or the NF-e fills honestly: VTEX's own ids and the shipper's side
     * of the scheduling (README, "What a delivery service carries", says why for each).
     */
    private static final Set<String> LEFT_EMPTY = Set.of("idExternalShipperCustomer", "shipperCustomer.idExternalShipperCustomer",
            "cnpjShipperPartner", "deliveryServiceHighLighter", "idShippingCompany",
            "deliveryServiceScheduling.shipperSchedulingDateTime", "deliveryServiceScheduling.origin");

    /** Every field filled, each at the longest length the domain lets through; a window over all three periods. */
    private static DeliveryService fullest() {
        ShipperCustomer recipient = new ShipperCustomer(LegalType.PJ, "e".repeat(244) + "@email.com", "f".repeat(100),
                "l".repeat(100), "1".repeat(11), "c".repeat(150), "2".repeat(14), "s".repeat(150), "n".repeat(50),
                "o".repeat(50), "b".repeat(150), "y".repeat(100), "RJ", "22250-040", "21", "999999999");
        Scheduling allDay = new Scheduling(OffsetDateTime.parse("2026-12-02T08:00:00-03:00"), true, true, true);
        DeliveryDetails details = new DeliveryDetails(Optional.of(allDay), "12 x BIGBML-AZUL-GG; 3 x 7060874-PRETO-X; +40 more",
                "Camiseta Azul GG (BIGBML-AZUL-GG) x 12; ".repeat(43) + "volumes: 3; gross weight: 12.500 kg",
                "Loja Exemplo Comércio Eletrônico Ltda", Optional.of(Cnpj.parse("11.222.333/0001-81")),
                Optional.of(Cnpj.parse("05.314.972/0001-74")), Optional.of(OffsetDateTime.parse("2026-11-30T14:25:00-03:00")));
        return new DeliveryService("Entrega", recipient, "123456789", Optional.of("123"), "o".repeat(200),
                Optional.of(new GeoPoint(-22.9, -43.1)), details);
    }

    @Test
    void the_fullest_service_fills_every_field_of_the_schema_but_those_left_empty_on_purpose_and_each_at_its_limit() {
        JsonNode payload = JSON.readTree(TrackingJson.write(List.of(DeliveryServiceJson.of(fullest(), SENT_AT)))).get(0);
        JsonNode schema = spec().at("/components/schemas/DeliveryService/items");

        Set<String> unfilled = new TreeSet<>(fieldsOf("", schema));
        unfilled.removeAll(fieldsOf("", payload));
        assertThat(unfilled).containsExactlyInAnyOrderElementsOf(LEFT_EMPTY);
        assertThat(payload.get("packingList").asString()).hasSize(TrackingField.PACKING_LIST.maxLength());
        assertThat(payload.get("idExternal").asString()).hasSize(TrackingField.ID_EXTERNAL.maxLength());
        assertThat(payload.at("/deliveryServiceScheduling/shipperCustomerSchedulingDateTime").asString()).isEqualTo("2026-12-02T08:00:00-03:00");
        assertThat(payload.at("/deliveryServiceScheduling/morningPeriod").asBoolean()).isTrue();
        assertThat(payload.at("/deliveryServiceScheduling/afternoonPeriod").asBoolean()).isTrue();
        assertThat(payload.at("/deliveryServiceScheduling/nightPeriod").asBoolean()).isTrue();
        assertThat(payload.get("cnpjbranch").asString()).as("digits only").isEqualTo("11222333000181");
        assertThat(payload.get("cnpjcarrier").asString()).isEqualTo("05314972000174");
        assertThat(payload.get("packingListDateTime").asString()).isEqualTo("2026-11-30T14:25:00-03:00");
        assertThat(payload.get("integrationDateTime").asString()).as("the send's time, in Brasília time").isEqualTo("2026-11-21T09:00:00-03:00");
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
    void the_walker_itself_catches_a_field_the_spec_does_not_define_a_value_too_long_a_wrong_type_and_a_date_without_offset() {
        JsonNode schema = spec().at("/components/schemas/DeliveryService/items");
        JsonNode bad = JSON.readTree("{\"shipperCustomer\":{\"legalType\":\"PF\",\"addressStreet\":\"x\",\"postalCode\":\"1234567890\"},"
                + "\"inventedField\":\"x\",\"deliveryServiceScheduling\":{\"morningPeriod\":\"true\"},"
                + "\"latitude\":\"-22.9\",\"integrationDateTime\":\"2026-11-21T12:00:00\"}");

        assertThat(problems("", bad, schema)).containsExactlyInAnyOrder(
                "shipperCustomer.postalCode: 10 characters, maxLength 9", "inventedField: not in the schema",
                "deliveryServiceScheduling.morningPeriod: string, the schema says boolean",
                "latitude: string, the schema says number",
                "integrationDateTime: '2026-11-21T12:00:00' is not a date-time with an offset");
    }

    /** The dotted names of the fields a payload holds, or of the properties a schema defines (nested objects by their fields). */
    private static Set<String> fieldsOf(String at, JsonNode node) {
        Set<String> names = new TreeSet<>();
        boolean schema = node.has("properties");
        JsonNode fields = schema ? node.get("properties") : node;
        if (!fields.isObject()) {
            return names;
        }
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            String name = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
            JsonNode value = field.getValue();
            boolean nested = schema ? value.has("properties") : value.isObject();
            if (nested) {
                names.addAll(fieldsOf(name, value));
            } else {
                names.add(name);
            }
        }
        return names;
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
        if (value.isObject() && schema.path("type").asString("object").equals("object")) {
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
        String type = schema.path("type").asString("");
        String actual = typeOf(value);
        if (!type.isEmpty() && !actual.equals(type) && !(type.equals("number") && actual.equals("integer"))) {
            problems.add(at + ": " + actual + ", the schema says " + type);
            return problems;
        }
        int maxLength = schema.path("maxLength").asInt(-1);
        if (value.isString() && maxLength >= 0 && value.asString().length() > maxLength) {
            problems.add(at + ": " + value.asString().length() + " characters, maxLength " + maxLength);
        }
        if (value.isString() && schema.path("format").asString("").equals("date-time")) {
            try {
                OffsetDateTime.parse(value.asString());
            } catch (DateTimeParseException e) {
                problems.add(at + ": '" + value.asString() + "' is not a date-time with an offset");
            }
        }
        return problems;
    }

    private static String typeOf(JsonNode value) {
        if (value.isString()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        return value.isObject() ? "object" : value.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
