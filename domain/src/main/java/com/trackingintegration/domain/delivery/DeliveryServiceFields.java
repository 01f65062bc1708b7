package com.trackingintegration.domain.delivery;

import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.route.RouteAssignment.RouteStart;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one list of the fields sent to VTEX Tracking, by the names of {@code tracking.json}: the request bodies are
 * written from it, and the {@link Fingerprint} is taken from it, so a field added here is sent and noticed at once
 * (a change to it is a change to the invoice). Values are text, booleans, numbers, or nested field maps; empty
 * values are left out. {@code integrationDateTime}, the time of the send, is the one field sent and not
 * fingerprinted: it differs on every send by nature.
 */
public final class DeliveryServiceFields {

    public static final String INTEGRATION_DATE_TIME = "integrationDateTime";
    /** Brazil's deliveries are days and periods in Brasília time: dates are written with its offset. */
    public static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");

    private DeliveryServiceFields() {
    }

    /** The delivery service's fields, in the order written, without {@code integrationDateTime}. */
    public static Map<String, Object> of(DeliveryService service) {
        Fields fields = new Fields();
        fields.put("deliveryServiceType", service.type());
        fields.put("idExternal", ExternalId.of(service.id()));
        fields.put("shipperCustomer", recipient(service.recipient()));
        fields.put("invoiceOrderOfService", service.invoiceNumber());
        fields.put("invoiceOrderOfServiceSerie", service.invoiceSeries().orElse(""));
        fields.put("orderNumber", service.orderNumber());
        service.location().ifPresent(point -> {
            fields.put("latitude", point.latitude());
            fields.put("longitude", point.longitude());
        });
        DeliveryDetails details = service.details();
        details.scheduling().ifPresent(s -> fields.put("deliveryServiceScheduling", scheduling(s)));
        fields.put("packingList", details.packingList());
        details.packingListDateTime().ifPresent(time -> fields.put("packingListDateTime", dateTime(time)));
        fields.put("description", details.description());
        fields.put("sender", details.sender());
        fields.put("cnpjbranch", details.branch().map(Cnpj::digits).orElse(""));
        fields.put("cnpjcarrier", details.carrier().map(Cnpj::digits).orElse(""));
        return fields.map();
    }

    /** What is sent: the fields, and the time of the send. */
    public static Map<String, Object> sent(DeliveryService service, Instant sentAt) {
        Map<String, Object> fields = new LinkedHashMap<>(of(service));
        fields.put(INTEGRATION_DATE_TIME, dateTime(sentAt.atZone(BRAZIL).toOffsetDateTime()));
        return Collections.unmodifiableMap(fields);
    }

    /** The route's fields ({@code deliveryServiceRoute} of {@code POST /services/routes}). */
    public static Map<String, Object> of(DeliveryServiceRoute route) {
        Fields fields = new Fields();
        fields.put("carrier", new Fields().put("username", route.carrierUsername()).map());
        fields.put("displacementType", route.displacementType());
        route.vehiclePlate().ifPresent(plate -> fields.put("vehicle", new Fields().put("registrationPlate", plate).map()));
        fields.put("deliveryServiceDate", routeDate(route));
        route.start().ifPresent(start -> fields.put("addressStart", start(start)));
        return fields.map();
    }

    /** Routes are days in Brazil: a route date is midnight in Brasília time. */
    public static String routeDate(DeliveryServiceRoute route) {
        return dateTime(route.date().atStartOfDay(BRAZIL).toOffsetDateTime());
    }

    private static Map<String, Object> recipient(ShipperCustomer r) {
        return new Fields().put("legalType", r.legalType().name()).put("email", r.email()).put("firstName", r.firstName())
                .put("lastName", r.lastName()).put("cpf", r.cpf()).put("companyName", r.companyName()).put("cnpj", r.cnpj())
                .put("addressStreet", r.addressStreet()).put("addressNumber", r.addressNumber())
                .put("addressComplement", r.addressComplement()).put("addressNeighborhood", r.addressNeighborhood())
                .put("addressCity", r.addressCity()).put("state", r.state()).put("postalCode", r.postalCode())
                .put("phoneAreaCode", r.phoneAreaCode()).put("phoneNumber", r.phoneNumber()).map();
    }

    private static Map<String, Object> scheduling(Scheduling s) {
        return new Fields().put("shipperCustomerSchedulingDateTime", dateTime(s.customerDateTime()))
                .put("morningPeriod", s.morning()).put("afternoonPeriod", s.afternoon()).put("nightPeriod", s.night()).map();
    }

    private static Map<String, Object> start(RouteStart start) {
        return new Fields().put("addressStreet", start.street()).put("addressNumber", start.number())
                .put("postalCode", start.postalCode()).put("addressCity", start.city()).put("state", start.state()).map();
    }

    private static String dateTime(OffsetDateTime time) {
        return time.atZoneSameInstant(BRAZIL).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** An ordered field map that leaves out empty text. */
    private static final class Fields {
        private final Map<String, Object> values = new LinkedHashMap<>();

        Fields put(String name, Object value) {
            if (value instanceof String text && text.isEmpty()) {
                return this;
            }
            if (!(value instanceof String || value instanceof Boolean || value instanceof Number || value instanceof Map)) {
                throw new IllegalArgumentException(name + ": a field is text, a boolean, a number or fields, was " + value);
            }
            values.put(name, value);
            return this;
        }

        Map<String, Object> map() {
            return Collections.unmodifiableMap(values);
        }
    }
}
