package com.trackingintegration.batch.demo;

import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DeliveryChannel;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.InvoiceType;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.OrderStatus;
import com.trackingintegration.domain.order.ShippingAddress;
import com.trackingintegration.domain.route.RouteAssignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo merchant: deterministic orders that, together, meet every rule of the integration once per cycle, under
 * the settings that make each rule matter (NF-e XML required, own fleet only, routing outside VTEX Tracking: see
 * {@link DemoEnvironment#arguments}).
 * The same seed-free generation gives the same orders on every machine, so the demo's numbers can be checked.
 */
public final class DemoCatalog {

    /** One case per rule; order i gets case i modulo the number of cases. */
    public enum Case {
        ROUTED, ROUTED_COMPANY, ROUTED_TWO_INVOICES, ROUTE_NOT_YET_ARRIVED, NOT_INVOICED, CANCELED, PICKUP, RETURN_ONLY,
        OTHER_CARRIER, NO_NFE_XML, MISSING_STREET, UNUSABLE_PHONE
    }

    private static final LocalDate ROUTE_DATE = LocalDate.of(2026, 11, 21);
    private static final OffsetDateTime ISSUED = OffsetDateTime.parse("2026-11-20T11:00:00-03:00");

    private DemoCatalog() {
    }


    public static Case caseOf(int index) {
        return Case.values()[index % Case.values().length];
    }

    public static List<Order> orders(int count) {
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(order(i));
        }
        return orders;
    }

    public static String orderId(int index) {
        return String.format("%013d-01", 1_000_000_000_000L + index);
    }

    public static Order order(int index) {
        return order(index, caseOf(index));
    }

    /**
     * Order {@code index} as one that goes into VTEX Tracking under the demo's rules when VTEX Tracking does the
     * routing (one NF-e XML invoice, own fleet, complete data): the benchmarks' orders.
     */
    public static Order deliverable(int index) {
        return order(index, Case.ROUTED);
    }

    private static Order order(int index, Case kind) {
        String id = orderId(index);
        String status = kind == Case.NOT_INVOICED ? "handling" : kind == Case.CANCELED ? "canceled" : "invoiced";
        Set<DeliveryChannel> channels = Set.of(kind == Case.PICKUP ? DeliveryChannel.PICKUP_IN_POINT : DeliveryChannel.DELIVERY);
        return new Order(id, OrderStatus.of(status), customer(index, kind), Optional.of(address(index, kind)), channels, invoices(index, kind));
    }

    /** The routes the routing tool made: one per Output invoice, except for the orders still waiting for theirs. */
    public static List<RouteAssignment> routes(Order order, int index) {
        if (caseOf(index) == Case.ROUTE_NOT_YET_ARRIVED) {
            return List.of();
        }
        List<RouteAssignment> routes = new ArrayList<>();
        for (Invoice invoice : order.invoices()) {
            routes.add(new RouteAssignment(order.orderId(), invoice.number(), ROUTE_DATE, "motorista-" + (index % 7),
                    Optional.of("DMO-" + (1000 + index % 50)), "moto", Optional.empty()));
        }
        return routes;
    }

    private static Customer customer(int index, Case kind) {
        String phone = kind == Case.UNUSABLE_PHONE ? "12345" : String.format("+55219%08d", index);
        if (kind == Case.ROUTED_COMPANY) {
            return new Customer("Compras", "Empresa", "compras" + index + "@example.com", phone, DocumentType.CNPJ,
                    "12345678000195", Optional.of(new Customer.Company("Empresa Demo " + index + " Ltda", "12345678000195")));
        }
        return new Customer("Cliente", "Demo " + index, "cliente" + index + "@example.com", phone, DocumentType.CPF,
                String.format("%011d", 10_000_000_000L + index), Optional.empty());
    }

    private static ShippingAddress address(int index, Case kind) {
        String street = kind == Case.MISSING_STREET ? "" : "Rua Demo " + index;
        return new ShippingAddress(kind == Case.PICKUP ? "pickup" : "residential", "Cliente Demo " + index, street,
                String.valueOf(1 + index % 900), "", "Botafogo", "Rio de Janeiro", "RJ",
                String.format("22%03d-%03d", index % 1000, index % 997), "BRA", Optional.empty());
    }

    private static List<Invoice> invoices(int index, Case kind) {
        String courier = kind == Case.OTHER_CARRIER ? "PAC Correios" : "Motoboy";
        String url = kind == Case.NO_NFE_XML ? "https://erp.example.com/nfe/" + index + ".pdf" : "https://erp.example.com/nfe/" + index + ".xml";
        InvoiceType type = kind == Case.RETURN_ONLY ? InvoiceType.INPUT : InvoiceType.OUTPUT;
        List<Invoice> invoices = new ArrayList<>();
        invoices.add(invoice(String.valueOf(500_000 + index * 2), url, type, courier));
        if (kind == Case.ROUTED_TWO_INVOICES) {
            invoices.add(invoice(String.valueOf(500_000 + index * 2 + 1), url, InvoiceType.OUTPUT, courier));
        }
        return invoices;
    }

    private static Invoice invoice(String number, String url, InvoiceType type, String courier) {
        return new Invoice(number, Optional.of("1"), "", url, false, type, Optional.of(ISSUED), 4980, 1, courier, "", "");
    }
}
