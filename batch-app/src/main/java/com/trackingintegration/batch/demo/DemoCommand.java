package com.trackingintegration.batch.demo;

import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.cli.JobCommands;
import com.trackingintegration.demo.DemoChanges;
import com.trackingintegration.demo.DemoEnvironment;
import com.trackingintegration.domain.port.OrderFeedSetup;
import com.trackingintegration.domain.settings.IntegrationSettings;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code demo}: the real jobs against a simulated VTEX, with a generated merchant whose orders meet every rule:
 * nativeImport over the last day's invoiced orders, then externalImport twice (VTEX refuses to start handling an
 * external order during its cancellation window, so the first run leaves them waiting and the second finishes them),
 * then statusSync, which tells the OMS where each delivery stands; then a day of real life in VTEX ({@link DemoChanges})
 * and reconcile, which fixes what it may and asks a person about the rest (exit 7).
 *
 * <p>The demo's world (the simulated VTEX, the generated merchant) is the {@code demo} module's; this package is the one
 * place of the application that names it ({@code ArchitectureTest}). The environment and the settings are asked for
 * only when the command runs: every other command starts without a simulated VTEX.
 */
public final class DemoCommand {

    private final Supplier<DemoEnvironment> environment;
    private final JobCommands jobs;
    private final Supplier<IntegrationSettings> integrationSettings;
    private final BooleanSupplier feedSource;
    private final Supplier<OrderFeedSetup> feed;

    /**
     * @param feedSource whether nativeImport reads the Orders Feed ({@code integration.native.source=feed}): the demo
     *                   then configures the simulated feed first, as an operator runs {@code configure-feed} once
     */
    public DemoCommand(Supplier<DemoEnvironment> environment, JobCommands jobs, Supplier<IntegrationSettings> integrationSettings,
                       BooleanSupplier feedSource, Supplier<OrderFeedSetup> feed) {
        this.environment = environment;
        this.jobs = jobs;
        this.integrationSettings = integrationSettings;
        this.feedSource = feedSource;
        this.feed = feed;
    }

    public int run(PrintStream out) throws Exception {
        DemoEnvironment demo = environment.get();
        IntegrationSettings settings = integrationSettings.get();
        if (!demo.ignored().isEmpty()) {
            out.println("Demo: ignored " + String.join(", ", demo.ignored()) + ": the demo runs on its own job repository and simulated VTEX,"
                    + " never the operator's");
        }
        out.println("Demo: a simulated VTEX (OMS and VTEX Tracking) at " + demo.vtex().baseUrl() + ", no account needed.");
        out.println("Demo merchant: NF-e XML required=" + settings.invoiceFileRequired() + ", carriers=" + settings.carriers()
                + ", issuers=" + settings.issuers() + " (of its two branches), routing=" + settings.routing().name().toLowerCase() + "; "
                + demo.orderCount() + " invoiced orders over the last day, many with a scheduled delivery window, each NF-e XML"
                + " embedded; an ERP file of " + DemoEnvironment.EXTERNAL_ORDERS + " external orders and one broken line, a route file.");
        out.println();
        int exit = feedSource.getAsBoolean() ? nativeImportFromTheFeed(out) : nativeImportOfTheWindow(demo, out);
        out.println();
        out.println("2. externalImport: the ERP's orders created in the OMS (VTEX holds them in their cancellation window)");
        exit = Math.max(exit, jobs.start("externalImport", Map.of(), out));
        out.println();
        out.println("3. externalImport again, once the cancellation window is over: invoiced and sent to VTEX Tracking");
        exit = Math.max(exit, jobs.start("externalImport", Map.of(), out));
        out.println();
        out.println("4. statusSync: the delivery statuses VTEX Tracking reports, told to the OMS (status updates are on)");
        exit = Math.max(exit, jobs.start("statusSync", Map.of(), out));
        out.println();
        if (demo.changes().isPresent()) {
            exit = Math.max(exit, reconcile(demo, out));
        } else {
            out.println("5. reconcile: left out, it needs at least " + DemoChanges.MIN_ORDERS + " orders (--integration.demo.orders)");
        }
        out.println();
        out.println("The simulated VTEX Tracking now holds " + demo.vtex().trackingInvoices().size() + " delivery services.");
        out.println("Every order's outcome, a scheduled delivery's day and period in its detail: java -jar tracking-integration.jar report 0 --orders"
                + " \"--spring.datasource.url=" + demo.datasourceUrl() + "\"");
        if (exit == ExitCodes.ATTENTION) {
            out.println("The demo ends with exit " + ExitCodes.ATTENTION + ", as reconcile does when a person must act: here the order routed"
                    + " in VTEX Tracking and then canceled in the OMS (its ATTENTION line above).");
        }
        return exit;
    }

    private int reconcile(DemoEnvironment demo, PrintStream out) throws Exception {
        out.println("5. reconcile, after a day of real life: in the OMS one order canceled, one sale returned, one address changed,"
                + " one order indexed late (List orders hid it from step 1); in VTEX Tracking one service routed, then its order"
                + " canceled in the OMS");
        demo.lifeGoesOn();
        return jobs.start("reconcile", window(demo), out);
    }

    private int nativeImportOfTheWindow(DemoEnvironment demo, PrintStream out) throws Exception {
        out.println("1. nativeImport: the invoiced OMS orders into VTEX Tracking");
        return jobs.start("nativeImport", window(demo), out);
    }

    /** The source VTEX recommends: each order that reached 'invoiced' is an event of the feed, committed once it is recorded. */
    private int nativeImportFromTheFeed(PrintStream out) throws Exception {
        feed.get().configure();
        out.println("1. nativeImport from the Orders Feed (configured for the demo's app key): the invoiced OMS orders into VTEX Tracking");
        return jobs.start("nativeImport", Map.of(), out);
    }

    private static Map<String, String> window(DemoEnvironment demo) {
        Map<String, String> window = new LinkedHashMap<>();
        window.put("from", demo.from().toString());
        window.put("to", demo.to().toString());
        return window;
    }
}
