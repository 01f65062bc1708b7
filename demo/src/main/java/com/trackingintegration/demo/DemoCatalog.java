package com.trackingintegration.demo;

import com.trackingintegration.demo.DemoNfe.Company;
import com.trackingintegration.demo.DemoNfe.Place;
import com.trackingintegration.domain.nfe.NfeReading;
import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.DeliveryChannel;
import com.trackingintegration.domain.order.DeliveryWindow;
import com.trackingintegration.domain.order.DocumentType;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.InvoiceItem;
import com.trackingintegration.domain.order.InvoiceType;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.order.OrderItem;
import com.trackingintegration.domain.order.OrderStatus;
import com.trackingintegration.domain.order.ShippingAddress;
import com.trackingintegration.domain.route.RouteAssignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo merchant: deterministic orders that, together, meet every rule of the integration once per cycle, under
 * the settings that make each rule matter (NF-e XML required, own fleet only, routing outside VTEX Tracking, only
 * the NF-e of the main branch: see {@link DemoEnvironment#arguments}).
 * Each order has items, a share of them a scheduled delivery window ({@link DemoSchedule}), and each invoice its lines and
 * an NF-e XML embedded in the package ({@link #nfeXml}) with its access key; two branches of the merchant issue them.
 * The same seed-free generation gives the same orders on every machine, so the demo's numbers can be checked.
 */
public final class DemoCatalog {

    /** One case per rule; order i gets case i modulo the number of cases. */
    public enum Case {
        ROUTED, ROUTED_COMPANY, ROUTED_TWO_INVOICES, ROUTE_NOT_YET_ARRIVED, NOT_INVOICED, CANCELED, PICKUP, RETURN_ONLY,
        OTHER_CARRIER, NO_NFE_XML, MISSING_STREET, UNUSABLE_PHONE, OTHER_BRANCH
    }

    public static final LocalDate ROUTE_DATE = LocalDate.of(2026, 11, 21);
    private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
    private static final OffsetDateTime ISSUED = OffsetDateTime.parse("2026-11-20T11:00:00-03:00");
    /** The seller's name, what a delivery service gives as its {@code sender}. */
    public static final String SELLER = "Loja Demo Comércio Ltda";
    /** The two branches that issue the demo merchant's NF-e; the demo imports only the main one's. */
    public static final Company MAIN_BRANCH = new Company("45987654000199", "Loja Demo Comércio Ltda (matriz)", "RJ", 33);
    public static final Company OTHER_BRANCH = new Company("45987654000270", "Loja Demo Comércio Ltda (filial SP)", "SP", 35);
    public static final Company OWN_FLEET = new Company("32165498000139", "Motoboy Express Entregas Ltda", "RJ", 33);
    public static final Company POSTAL = new Company("98712345000172", "Encomendas Nacionais S.A.", "RJ", 33);
    private static final int SERIES = 1;

    private DemoCatalog() {
    }

    public static DemoSchedule scheduleOf(int index) {
        return DemoSchedule.values()[index % DemoSchedule.values().length];
    }

    /** The company orders send their goods elsewhere than the order's address: the NF-e's {@code entrega} says where. */
    public static Optional<Place> entregaOf(int index) {
        if (caseOf(index) != Case.ROUTED_COMPANY) {
            return Optional.empty();
        }
        return Optional.of(new Place("Rua do Galpão " + index, "200", "Doca 3", "Caju", "Rio de Janeiro", "RJ", "20931-000"));
    }

    public static int indexOf(String orderId) {
        return (int) (Long.parseLong(orderId.substring(0, 13)) - 1_000_000_000_000L);
    }

    /** The NF-e XML of one of the catalog's invoices, as the OMS holds it in {@code embeddedInvoice}. */
    public static String nfeXml(Order order, Invoice invoice) {
        int index = indexOf(order.orderId());
        Company issuer = caseOf(index) == Case.OTHER_BRANCH ? OTHER_BRANCH : MAIN_BRANCH;
        Company carrier = invoice.courier().equals("Motoboy") ? OWN_FLEET : POSTAL;
        return DemoNfe.xml(order, invoice, issuer, carrier, entregaOf(index));
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
        List<OrderItem> items = items(index, kind);
        return new Order(id, OrderStatus.of(status), customer(index, kind), Optional.of(address(index, kind)), channels,
                invoices(index, kind, items), items, SELLER);
    }

    /**
     * One to three items, a company order eight (a packing list that does not fit in 50 characters), every third item
     * without a reference code (the packing list then names its SKU id); all with the order's delivery window.
     */
    private static List<OrderItem> items(int index, Case kind) {
        int count = kind == Case.ROUTED_COMPANY ? 8 : kind == Case.ROUTED_TWO_INVOICES ? 2 : 1 + index % 3;
        Optional<DeliveryWindow> window = scheduleOf(index).window();
        List<OrderItem> items = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int sku = 2000 + (index * 7 + k) % 50;
            items.add(new OrderItem(k, String.valueOf(sku), k % 3 == 2 ? "" : "CAM-" + sku, "Camiseta Demo " + sku, 1 + (index + k) % 3, window));
        }
        return items;
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

    /**
     * One invoice with every item, or two (the first item, then the rest). The XML is embedded in the package; the
     * link is the DANFE's PDF, which is no NF-e XML: the NO_NFE_XML case has only that link. The OMS states no series:
     * the access key does.
     */
    private static List<Invoice> invoices(int index, Case kind, List<OrderItem> items) {
        String courier = kind == Case.OTHER_CARRIER ? "PAC Correios" : "Motoboy";
        boolean embedded = kind != Case.NO_NFE_XML;
        InvoiceType type = kind == Case.RETURN_ONLY ? InvoiceType.INPUT : InvoiceType.OUTPUT;
        Company issuer = kind == Case.OTHER_BRANCH ? OTHER_BRANCH : MAIN_BRANCH;
        List<Invoice> invoices = new ArrayList<>();
        if (kind == Case.ROUTED_TWO_INVOICES) {
            invoices.add(invoice(500_000 + index * 2, issuer, embedded, type, courier, items.subList(0, 1)));
            invoices.add(invoice(500_000 + index * 2 + 1, issuer, embedded, InvoiceType.OUTPUT, courier, items.subList(1, items.size())));
        } else {
            invoices.add(invoice(500_000 + index * 2, issuer, embedded, type, courier, items));
        }
        return invoices;
    }

    static Invoice invoice(int number, Company issuer, boolean embedded, InvoiceType type, String courier, List<OrderItem> items) {
        List<InvoiceItem> lines = items.stream().map(item -> new InvoiceItem(item.index(), item.quantity())).toList();
        int quantity = lines.stream().mapToInt(InvoiceItem::quantity).sum();
        Invoice unkeyed = new Invoice(String.valueOf(number), Optional.empty(), "", "", embedded, type, Optional.of(ISSUED),
                1000L * quantity, 1 + quantity / 4, courier, "", "", lines, NfeReading.NOT_CARRIED);
        String key = DemoNfe.key(issuer, unkeyed, SERIES);
        return new Invoice(unkeyed.number(), Optional.empty(), key, "https://erp.example.com/danfe/" + key + ".pdf", embedded, type,
                unkeyed.issuanceDate(), unkeyed.valueInCents(), unkeyed.volumes(), courier, "", "", lines, NfeReading.NOT_CARRIED);
    }
}
