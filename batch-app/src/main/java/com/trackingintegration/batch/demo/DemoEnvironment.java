package com.trackingintegration.batch.demo;

import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.route.RouteAssignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the demo runs against, made fresh on each run so its numbers can be checked: the demo merchant's
 * orders, invoiced over the last day, served by a {@link SimulatedVtex}; an ERP file of external orders (one line
 * broken on purpose) and the routing tool's route file in a demo inbox; a demo job repository. The application is
 * then started with properties pointing at all of it.
 */
public final class DemoEnvironment implements AutoCloseable {

    public static final String ORDERS_PROPERTY = "--integration.demo.orders=";
    public static final String DIR_PROPERTY = "--integration.demo.dir=";
    static final int EXTERNAL_ORDERS = 8;
    /** The demo imports the NF-e of its main branch only, written as an operator would, with punctuation. */
    static final String ISSUER_FILTER = "45.987.654/0001-99";

    private final Path dir;
    private final int orderCount;
    private final Instant from;
    private final Instant to;
    private final SimulatedVtex vtex;
    private final List<Order> catalog;
    /** What changes in VTEX before reconcile; empty when the demo has too few orders for it. */
    private final Optional<DemoChanges> changes;
    private List<String> ignored = List.of();

    private DemoEnvironment(Path dir, int orderCount, Instant now) {
        this.dir = dir;
        this.orderCount = orderCount;
        this.to = now.minus(Duration.ofHours(1));
        this.from = to.minus(Duration.ofDays(1));
        List<Order> orders = DemoCatalog.orders(orderCount);
        List<Instant> invoiced = new ArrayList<>();
        List<RouteAssignment> routes = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            invoiced.add(from.plus(Duration.ofDays(1).multipliedBy(i).dividedBy(orderCount)));
            routes.addAll(DemoCatalog.routes(orders.get(i), i));
        }
        writeInbox(routes);
        this.vtex = SimulatedVtex.start(orders, invoiced, true);
        this.catalog = List.copyOf(orders);
        this.changes = DemoChanges.of(orderCount);
        changes.ifPresent(c -> c.prepare(vtex, catalog));
    }

    /** Prepares the demo from the command line's {@code --integration.demo.*} values. */
    public static DemoEnvironment prepare(String[] args, Instant now) {
        return prepare(args, System.getenv(), now);
    }

    static DemoEnvironment prepare(String[] args, Map<String, String> environment, Instant now) {
        int orders = Integer.parseInt(value(args, ORDERS_PROPERTY, "120"));
        Path dir = Path.of(value(args, DIR_PROPERTY, "./data/demo"));
        DemoFolder.prepare(dir);
        DemoEnvironment demo = new DemoEnvironment(dir, orders, now);
        demo.ignored = DemoOverrides.ignored(demo.settings().keySet(), args, environment);
        return demo;
    }

    /**
     * The command line the application starts with: the operator's, less what the demo sets itself, then the demo's
     * settings. The demo's always win (on the command line they also win over the environment and any
     * application.properties): it must never run on the operator's job repository or reach a real VTEX account.
     */
    public String[] arguments(String[] args) {
        Map<String, String> demo = settings();
        List<String> result = new ArrayList<>();
        for (String arg : args) {
            if (DemoOverrides.propertyName(arg).filter(name -> DemoOverrides.sets(demo.keySet(), name)).isEmpty()) {
                result.add(arg);
            }
        }
        demo.forEach((name, value) -> result.add("--" + name + "=" + value));
        return result.toArray(String[]::new);
    }

    /** The operator's settings the demo replaces by its own, by name only (their values may be secrets). */
    public List<String> ignored() {
        return ignored;
    }

    private Map<String, String> settings() {
        Map<String, String> demo = new LinkedHashMap<>();
        demo.put("spring.datasource.url", datasourceUrl());
        demo.put("spring.datasource.username", "SA");
        demo.put("spring.datasource.password", "");
        demo.put("vtex.account", "demo");
        demo.put("vtex.oms.base-url", vtex.baseUrl().toString());
        demo.put("vtex.oms.app-key", "vtexappkey-demo");
        demo.put("vtex.oms.app-token", "demo-token");
        demo.put("vtex.tracking.base-url", vtex.baseUrl() + "/receiver");
        demo.put("vtex.tracking.username", "demo");
        demo.put("vtex.tracking.password", "demo");
        demo.put("integration.invoice-file-required", "true");
        demo.put("integration.carriers", "Motoboy,Frota Própria");
        demo.put("integration.issuer-cnpjs", ISSUER_FILTER);
        demo.put("integration.routing", "external");
        demo.put("integration.status-updates", "true");
        demo.put("integration.affiliate-id", "DMO");
        demo.put("integration.erp.inbox", dir.resolve("inbox").toString());
        return demo;
    }

    /** The demo's own job repository, to look at its runs afterwards with {@code executions} or {@code report}. */
    public String datasourceUrl() {
        return "jdbc:hsqldb:file:" + dir.resolve("db").toAbsolutePath().normalize() + "/tracking-integration;hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true";
    }

    public SimulatedVtex vtex() {
        return vtex;
    }

    public Optional<DemoChanges> changes() {
        return changes;
    }

    /** After statusSync: the changes happen in the simulated VTEX (see {@link DemoChanges}). */
    void lifeGoesOn() {
        changes.ifPresent(c -> c.happen(vtex, catalog));
    }

    public int orderCount() {
        return orderCount;
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    private void writeInbox(List<RouteAssignment> routes) {
        Path inbox = dir.resolve("inbox");
        StringBuilder routeFile = new StringBuilder("orderId,invoiceNumber,routeDate,driver,vehicle,displacement,startStreet,startNumber,startCity,startPostalCode,startState\n");
        routes.forEach(r -> routeFile.append(String.join(",", r.orderId(), r.invoiceNumber(), r.routeDate().toString(), r.driverUsername(),
                r.vehiclePlate().orElse(""), r.displacementType(), "", "", "", "", "")).append('\n'));
        StringBuilder erp = new StringBuilder();
        for (int i = 1; i <= EXTERNAL_ORDERS; i++) {
            erp.append(erpLine(i)).append('\n');
        }
        erp.append("{\"erpOrderId\":\"ERP-D999\",\"customer\":{\"documentType\":\"cpf\"}}\n");
        try {
            Files.createDirectories(inbox);
            Files.writeString(inbox.resolve("routes-demo.csv"), routeFile, StandardCharsets.UTF_8);
            Files.writeString(inbox.resolve("orders-demo.jsonl"), erp, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo inbox in " + inbox + ": " + e.getMessage(), e);
        }
    }

    /** External order i: routed by the ERP, except the 7th (its route has not come) and the 8th (another carrier). */
    private static String erpLine(int i) {
        String id = String.format("ERP-D%03d", i);
        String route = i == 7 ? "" : ",\"route\":{\"date\":\"2026-11-28\",\"driver\":\"motorista-erp\",\"vehicle\":\"ERP-0" + i + "\",\"displacement\":\"moto\"}";
        String courier = i == 8 ? "Transportadora X" : "Motoboy";
        return "{\"erpOrderId\":\"" + id + "\",\"createdAt\":\"2026-11-26T10:00:00Z\",\"customer\":{\"firstName\":\"Loja\",\"lastName\":\"Física " + i
                + "\",\"document\":\"1234567890" + (i % 10) + "\",\"documentType\":\"cpf\",\"email\":\"loja" + i + "@example.com\",\"phone\":\"+552133334444\"},"
                + "\"address\":{\"receiverName\":\"Cliente Loja " + i + "\",\"street\":\"Rua da Loja\",\"number\":\"" + i + "\",\"neighborhood\":\"Centro\","
                + "\"city\":\"Rio de Janeiro\",\"state\":\"RJ\",\"postalCode\":\"20040-00" + i + "\",\"country\":\"BRA\"},"
                + "\"items\":[{\"sku\":\"1\",\"quantity\":1,\"unitPrice\":5000}],\"shipping\":{\"sla\":\"Normal\",\"price\":1000},"
                + "\"invoice\":{\"number\":\"90" + String.format("%04d", i) + "\",\"series\":\"1\",\"key\":\"" + erpKey(i) + "\","
                + "\"issuedAt\":\"2026-11-26T11:00:00Z\",\"value\":6000,"
                + "\"url\":\"https://erp.example.com/nfe/" + id + ".xml\",\"courier\":\"" + courier + "\"}" + route + "}";
    }

    /** The access key of external order i's NF-e: issued by the main branch, so the issuer filter keeps it. */
    private static String erpKey(int i) {
        return DemoNfe.key(DemoCatalog.MAIN_BRANCH, java.time.OffsetDateTime.parse("2026-11-26T08:00:00-03:00"), 900_000 + i, 1);
    }

    private static String value(String[] args, String prefix, String fallback) {
        return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).reduce((a, b) -> b).orElse(fallback);
    }

    @Override
    public void close() {
        vtex.close();
    }
}
