package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.external.ErpOrder;
import com.trackingintegration.domain.external.ErpOrderValidation;
import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.ShippingAddress;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one ERP order, as a JSON tree (a JSON Lines line, or the rows of one order in a CSV file), into the domain's
 * {@link ErpOrder}, or into the list of what is wrong with it, field by field. Both formats go through here, so the
 * same order gives the same result whichever way the ERP sends it.
 */
final class ErpOrderReading {

    private final JsonNode root;
    private final List<FieldProblem> problems = new ArrayList<>();

    private ErpOrderReading(JsonNode root) {
        this.root = root;
    }

    /** The order, or its problems (type errors first, then the domain's validation). */
    static Result read(JsonNode root) {
        ErpOrderReading reading = new ErpOrderReading(root);
        if (!root.isObject()) {
            return new Result(Optional.empty(), List.of(new FieldProblem("(line)", "is not a JSON object")));
        }
        ErpOrder order = reading.order();
        if (!reading.problems.isEmpty()) {
            return new Result(Optional.empty(), List.copyOf(reading.problems));
        }
        List<FieldProblem> invalid = ErpOrderValidation.problemsOf(order);
        return invalid.isEmpty() ? new Result(Optional.of(order), List.of()) : new Result(Optional.empty(), invalid);
    }

    record Result(Optional<ErpOrder> order, List<FieldProblem> problems) {
    }

    private ErpOrder order() {
        return new ErpOrder(text("erpOrderId"), dateTime("createdAt"), customer(), address(), items(), shipping(), invoice(), route());
    }

    private Customer customer() {
        String type = text("customer.documentType");
        Optional<Customer.Company> company = "cnpj".equalsIgnoreCase(type)
                ? Optional.of(new Customer.Company(text("customer.companyName"), text("customer.document")))
                : Optional.empty();
        return new Customer(text("customer.firstName"), text("customer.lastName"), text("customer.email"),
                text("customer.phone"), DocumentType.parse(type), text("customer.document"), company);
    }

    private ShippingAddress address() {
        return new ShippingAddress("residential", text("address.receiverName"), text("address.street"), text("address.number"),
                text("address.complement"), text("address.neighborhood"), text("address.city"), text("address.state"),
                text("address.postalCode"), text("address.country"), Optional.empty());
    }

    private List<ErpOrder.Item> items() {
        JsonNode items = node("items");
        List<ErpOrder.Item> result = new ArrayList<>();
        if (!items.isMissingNode() && !items.isNull() && !items.isArray()) {
            problems.add(new FieldProblem("items", "must be a list"));
            return result;
        }
        for (int i = 0; i < items.size(); i++) {
            String at = "items[" + i + "].";
            result.add(new ErpOrder.Item(text(at + "sku"), (int) whole(at + "quantity"), whole(at + "unitPrice")));
        }
        return result;
    }

    private ErpOrder.Shipping shipping() {
        return new ErpOrder.Shipping(text("shipping.sla"), whole("shipping.price"));
    }

    private ErpOrder.ErpInvoice invoice() {
        if (node("invoice").isMissingNode() || node("invoice").isNull()) {
            return null;
        }
        return new ErpOrder.ErpInvoice(text("invoice.number"), text("invoice.series"), text("invoice.key"),
                dateTime("invoice.issuedAt"), whole("invoice.value"), text("invoice.url"), text("invoice.courier"));
    }

    private Optional<ErpOrder.Route> route() {
        if (node("route").isMissingNode() || node("route").isNull()) {
            return Optional.empty();
        }
        return Optional.of(new ErpOrder.Route(date("route.date"), text("route.driver"), text("route.vehicle"), text("route.displacement")));
    }

    /** A path such as "items[0].sku" in the tree; missing when absent. */
    private JsonNode node(String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                node = node.path(part.substring(0, bracket)).path(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            } else {
                node = node.path(part);
            }
        }
        return node;
    }

    private String text(String path) {
        JsonNode node = node(path);
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (!node.isString() && !node.isNumber()) {
            problems.add(new FieldProblem(path, "must be text"));
            return "";
        }
        return node.asString().strip();
    }

    private long whole(String path) {
        JsonNode node = node(path);
        if (node.isMissingNode() || node.isNull()) {
            problems.add(new FieldProblem(path, "missing"));
            return 0;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isString() && node.asString().strip().matches("-?\\d{1,15}")) {
            return Long.parseLong(node.asString().strip());
        }
        problems.add(new FieldProblem(path, "must be a whole number (money in cents), was " + node));
        return 0;
    }

    private Optional<OffsetDateTime> dateTime(String path) {
        String text = text(path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(path, "must be an ISO-8601 date-time with offset (2026-11-20T10:00:00Z), was '" + text + "'"));
            return Optional.empty();
        }
    }

    private LocalDate date(String path) {
        String text = text(path);
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(path, "must be a date (2026-11-21), was '" + text + "'"));
            return null;
        }
    }
}
