package com.trackingintegration.demo;

import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.route.RouteAssignment;

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
    public static final int EXTERNAL_ORDERS = 8;
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
        DemoInbox.write(dir.resolve("inbox"), routes);
        this.vtex = SimulatedVtex.start(orders, invoiced, true);
        this.catalog = List.copyOf(orders);
        this.changes = DemoChanges.of(orderCount);
        changes.ifPresent(c -> c.prepare(vtex, catalog));
    }

    /** The folder the demo writes everything in ({@code --integration.demo.dir}, {@code ./data/demo} by default). */
    public static Path dir(String[] args) {
        return Path.of(value(args, DIR_PROPERTY, "./data/demo"));
    }

    /**
     * Prepares the demo from the command line's {@code --integration.demo.*} values, in its folder ({@link #dir}),
     * which the caller has made ready: the application clears it first, when it is the demo's own.
     *
     * @param environment the process's environment, only to name the operator's settings the demo replaces
     */
    public static DemoEnvironment prepare(String[] args, Map<String, String> environment, Instant now) {
        int orders = Integer.parseInt(value(args, ORDERS_PROPERTY, "120"));
        DemoEnvironment demo = new DemoEnvironment(dir(args), orders, now);
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
    public void lifeGoesOn() {
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

    private static String value(String[] args, String prefix, String fallback) {
        return Arrays.stream(args).filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).reduce((a, b) -> b).orElse(fallback);
    }

    @Override
    public void close() {
        vtex.close();
    }
}
