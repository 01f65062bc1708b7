package com.trackingintegration.domain.external;

import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.ShippingAddress;
import com.trackingintegration.domain.order.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an ERP order against what VTEX needs to create it (the required fields of the fulfillment place-order call)
 * and to invoice it. Every problem is reported, not only the first, so the ERP team fixes a line once.
 */
public final class ErpOrderValidation {

    /** VTEX builds the OMS id as {affiliateId}-{marketplaceOrderId}: keep the ERP id to characters safe in a URL path. */
    private static final String SAFE_ID = "[A-Za-z0-9._-]+";

    private ErpOrderValidation() {
    }

    public static List<FieldProblem> problemsOf(ErpOrder order) {
        List<FieldProblem> problems = new ArrayList<>();
        int maxId = ErpField.ERP_ORDER_ID.maxLength();
        if (order.erpOrderId().length() > maxId) {
            problems.add(new FieldProblem("erpOrderId", "must be 1 to " + maxId + " letters, digits, '.', '_' or '-', was "
                    + order.erpOrderId().length() + " characters long"));
        } else if (!order.erpOrderId().matches(SAFE_ID)) {
            problems.add(new FieldProblem("erpOrderId", "must be 1 to " + maxId + " letters, digits, '.', '_' or '-', was '" + order.erpOrderId() + "'"));
        }
        customer(order.customer(), problems);
        address(order.address(), problems);
        items(order.items(), problems);
        if (order.shipping() == null || order.shipping().sla().isEmpty()) {
            problems.add(new FieldProblem("shipping.sla", "missing"));
        } else if (order.shipping().priceInCents() < 0) {
            problems.add(new FieldProblem("shipping.price", "cannot be negative"));
        }
        invoice(order.invoice(), problems);
        order.route().ifPresent(route -> route(route, problems));
        return problems;
    }

    private static void customer(Customer customer, List<FieldProblem> problems) {
        if (customer == null) {
            problems.add(new FieldProblem("customer", "missing"));
            return;
        }
        if (customer.documentType() == DocumentType.OTHER) {
            problems.add(new FieldProblem("customer.documentType", "must be cpf or cnpj"));
        } else {
            int digits = customer.documentType() == DocumentType.CPF ? 11 : 14;
            if (Text.digitsOf(customer.document()).length() != digits) {
                problems.add(new FieldProblem("customer.document", "a " + customer.documentType().name() + " has " + digits + " digits"));
            }
        }
        if (customer.documentType() == DocumentType.CNPJ && customer.company().map(c -> c.name().isEmpty()).orElse(true)) {
            problems.add(new FieldProblem("customer.companyName", "required with a cnpj"));
        }
        if (customer.documentType() != DocumentType.CNPJ && (customer.firstName().isEmpty() || customer.lastName().isEmpty())) {
            problems.add(new FieldProblem("customer.firstName/lastName", "both are required with a cpf"));
        }
        if (!customer.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("customer.email", "missing or not an e-mail address"));
        }
    }

    private static void address(ShippingAddress address, List<FieldProblem> problems) {
        if (address == null) {
            problems.add(new FieldProblem("address", "missing"));
            return;
        }
        required("address.receiverName", address.receiverName(), problems);
        required("address.street", address.street(), problems);
        required("address.number", address.number(), problems);
        required("address.city", address.city(), problems);
        ErpField.STREET.tooLong(address.street()).ifPresent(problems::add);
        ErpField.NUMBER.tooLong(address.number()).ifPresent(problems::add);
        ErpField.CITY.tooLong(address.city()).ifPresent(problems::add);
        if (!address.state().matches("[A-Za-z]{2}")) {
            problems.add(new FieldProblem("address.state", "must be a two-letter state (UF), was '" + address.state() + "'"));
        }
        if (Text.digitsOf(address.postalCode()).length() != 8) {
            problems.add(new FieldProblem("address.postalCode", "must be a CEP of 8 digits, was '" + address.postalCode() + "'"));
        }
        if (!address.country().matches("[A-Za-z]{3}")) {
            problems.add(new FieldProblem("address.country", "must be an ISO 3166 alpha-3 code such as BRA"));
        }
    }

    private static void items(List<ErpOrder.Item> items, List<FieldProblem> problems) {
        if (items.isEmpty()) {
            problems.add(new FieldProblem("items", "an order needs at least one item"));
        }
        for (int i = 0; i < items.size(); i++) {
            ErpOrder.Item item = items.get(i);
            if (item.sku().isEmpty()) {
                problems.add(new FieldProblem("items[" + i + "].sku", "missing"));
            }
            if (item.quantity() <= 0) {
                problems.add(new FieldProblem("items[" + i + "].quantity", "must be positive, was " + item.quantity()));
            }
            if (item.unitPriceInCents() < 0) {
                problems.add(new FieldProblem("items[" + i + "].unitPrice", "cannot be negative"));
            }
        }
    }

    private static void invoice(ErpOrder.ErpInvoice invoice, List<FieldProblem> problems) {
        if (invoice == null) {
            problems.add(new FieldProblem("invoice", "missing: only invoiced orders go to VTEX Tracking"));
            return;
        }
        required("invoice.number", invoice.number(), problems);
        ErpField.INVOICE_NUMBER.tooLong(invoice.number()).ifPresent(problems::add);
        if (invoice.series().length() > ErpField.INVOICE_SERIES.maxLength()) {
            problems.add(new FieldProblem("invoice.series", "at most " + ErpField.INVOICE_SERIES.maxLength() + " characters, was '" + invoice.series() + "'"));
        }
        if (invoice.issuedAt().isEmpty()) {
            problems.add(new FieldProblem("invoice.issuedAt", "missing"));
        }
        if (invoice.valueInCents() <= 0) {
            problems.add(new FieldProblem("invoice.value", "must be positive (in cents), was " + invoice.valueInCents()));
        }
    }

    private static void route(ErpOrder.Route route, List<FieldProblem> problems) {
        if (route.date() == null) {
            problems.add(new FieldProblem("route.date", "missing"));
        }
        required("route.driver", route.driver(), problems);
        required("route.displacement", route.displacement(), problems);
        ErpField.ROUTE_DRIVER.tooLong(route.driver()).ifPresent(problems::add);
        ErpField.ROUTE_VEHICLE.tooLong(route.vehicle()).ifPresent(problems::add);
        ErpField.ROUTE_DISPLACEMENT.tooLong(route.displacement()).ifPresent(problems::add);
    }

    private static void required(String field, String value, List<FieldProblem> problems) {
        if (Text.isBlank(value)) {
            problems.add(new FieldProblem(field, "missing"));
        }
    }
}
