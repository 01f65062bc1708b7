package com.trackingintegration.batch.demo;

import com.trackingintegration.batch.TrackingIntegrationApplication;
import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.cli.OperatorCommandLine;
import com.trackingintegration.batch.cli.RunReport;
import com.trackingintegration.demo.DemoCatalog;
import com.trackingintegration.demo.DemoCatalog.Case;
import com.trackingintegration.demo.DemoChanges;
import com.trackingintegration.demo.DemoEnvironment;
import com.trackingintegration.demo.DemoSchedule;
import com.trackingintegration.demo.SimulatedVtex;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.domain.order.Order;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's demo command, run whole once: real jobs against the simulated VTEX. Every number is derived here from
 * the generated merchant ({@link DemoCatalog}) and the rule each case meets, never written down as a total.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoTest {

    /** Two orders of each case. */
    private static final int ORDERS = 2 * Case.values().length;
    /** What each case of the catalog comes to in nativeImport, under the demo's settings. */
    private static final Map<Case, String> OUTCOME = new EnumMap<>(Map.ofEntries(
            Map.entry(Case.ROUTED, "IMPORTED READY"), Map.entry(Case.ROUTED_COMPANY, "IMPORTED READY"),
            Map.entry(Case.ROUTED_TWO_INVOICES, "IMPORTED READY"), Map.entry(Case.ROUTE_NOT_YET_ARRIVED, "DEFERRED ROUTE_PENDING"),
            Map.entry(Case.NOT_INVOICED, "SKIPPED NOT_INVOICED"), Map.entry(Case.CANCELED, "SKIPPED CANCELED"),
            Map.entry(Case.PICKUP, "SKIPPED PICKUP_IN_POINT"), Map.entry(Case.RETURN_ONLY, "SKIPPED RETURN_INVOICE"),
            Map.entry(Case.OTHER_CARRIER, "SKIPPED CARRIER_NOT_SELECTED"), Map.entry(Case.NO_NFE_XML, "SKIPPED INVOICE_FILE_MISSING"),
            Map.entry(Case.MISSING_STREET, "REJECTED INVALID_DATA"), Map.entry(Case.UNUSABLE_PHONE, "REJECTED INVALID_DATA"),
            Map.entry(Case.OTHER_BRANCH, "SKIPPED ISSUER_NOT_SELECTED")));
    /** Decided for the whole order, so one outcome row whatever its invoices. */
    private static final Set<Case> ORDER_LEVEL = Set.of(Case.NOT_INVOICED, Case.CANCELED, Case.PICKUP);

    private final List<Order> catalog = DemoCatalog.orders(ORDERS);
    private final DemoChanges changes = DemoChanges.of(ORDERS).orElseThrow();
    private ConfigurableApplicationContext context;
    private JdbcOutcomes outcomes;
    private SimulatedVtex vtex;

    @BeforeAll
    void runTheDemo() {
        context = TrackingIntegrationApplication.run(new String[] {"demo", "--integration.demo.orders=" + ORDERS,
                "--integration.demo.dir=target/demo-" + UUID.randomUUID(), "--logging.file.name="});
        outcomes = context.getBean(JdbcOutcomes.class);
        vtex = context.getBean(DemoEnvironment.class).vtex();
    }

    @AfterAll
    void close() {
        context.close();
    }

    @Test
    void every_case_of_the_catalog_ends_as_its_rule_says() {
        assertThat(OUTCOME).as("every case has its expected outcome").containsOnlyKeys(Case.values());
        assertThat(context.getBean(OperatorCommandLine.class).getExitCode()).as("reconcile's ATTENTION case").isEqualTo(ExitCodes.ATTENTION);
        assertThat(outcomes.counts(0)).extracting(c -> c.outcome() + " " + c.reason() + " " + c.orders() + "/" + c.invoices())
                .containsExactlyInAnyOrderElementsOf(expectedNativeCounts());
    }

    @Test
    void the_external_orders_wait_out_their_cancellation_window_then_go() {
        assertThat(outcomes.counts(1)).extracting(c -> c.outcome() + " " + c.reason() + " " + c.orders())
                .containsExactlyInAnyOrder("DEFERRED OMS_NOT_READY " + DemoEnvironment.EXTERNAL_ORDERS, "REJECTED INVALID_DATA 1");
        // external order 7 waits for its route, 8 has another carrier (DemoInbox.erpLine)
        assertThat(outcomes.counts(2)).extracting(c -> c.outcome() + " " + c.reason() + " " + c.orders())
                .containsExactlyInAnyOrder("IMPORTED READY " + (DemoEnvironment.EXTERNAL_ORDERS - 2), "DEFERRED ROUTE_PENDING 1",
                        "SKIPPED CARRIER_NOT_SELECTED 1");
    }

    @Test
    void tracking_holds_every_imported_invoice_and_each_that_moved_has_its_status_told() {
        int external = DemoEnvironment.EXTERNAL_ORDERS - 2;
        int lateInvoices = catalog.get(changes.indexedLate()).invoices().size();
        assertThat(vtex.trackingInvoices()).as("nativeImport's, externalImport's, and the late one reconcile sent")
                .hasSize(importedNativeInvoices().size() + external + lateInvoices);
        // The services that stay Ativo until reconcile have not moved: statusSync has nothing to tell for them.
        int active = changes.staysActive().stream().mapToInt(i -> catalog.get(i).invoices().size()).sum();
        assertThat(outcomes.counts(3)).extracting(c -> c.outcome() + " " + c.reason() + " " + c.invoices())
                .containsExactly("IMPORTED STATUS_UPDATED " + (importedNativeInvoices().size() - active + external));
    }

    @Test
    void reconcile_removes_the_canceled_and_the_returned_replaces_the_moved_sends_the_late_and_asks_a_person_about_the_routed() {
        assertThat(outcomes.counts(4)).extracting(c -> c.outcome() + " " + c.reason() + " " + c.orders() + "/" + c.invoices())
                .contains("REMOVED CANCELED 1/" + invoices(changes.canceled()), "REMOVED RETURNED 1/" + invoices(changes.returned()),
                        "IMPORTED RECONCILED_CHANGED 1/" + invoices(changes.moved()), "IMPORTED RECONCILED_MISSING 1/" + invoices(changes.indexedLate()),
                        "ATTENTION CANCELED 1/" + invoices(changes.routedThenCanceled()),
                        "IN_TRACKING IN_TRACKING " + untouched().size() + "/" + untouched().stream().mapToInt(i -> invoices(i)).sum())
                .filteredOn(row -> row.startsWith("ATTENTION")).hasSize(1);
        assertThat(vtex.tracking().packingListsRemoved()).as("the canceled order's, the returned sale's, the moved order's old ones")
                .isEqualTo(invoices(changes.canceled()) + invoices(changes.returned()) + invoices(changes.moved()));
        catalog.get(changes.routedThenCanceled()).invoices().forEach(invoice ->
                assertThat(vtex.tracking().status(invoice.number())).as("left for a person").isEqualTo(DemoChanges.ROUTED));
        catalog.get(changes.moved()).invoices().forEach(invoice -> assertThat(vtex.trackingServices().get(invoice.number())
                .at("/shipperCustomer/addressStreet").asString()).as("replaced with the new address").startsWith("Avenida Nova"));
        catalog.get(changes.indexedLate()).invoices().forEach(invoice -> assertThat(vtex.trackingInvoices()).containsKey(invoice.number()));
    }

    private int invoices(int index) {
        return catalog.get(index).invoices().size();
    }

    /** The orders nativeImport imported that nothing happened to afterwards: reconcile finds them as they were sent. */
    private List<Integer> untouched() {
        List<Integer> picked = List.of(changes.canceled(), changes.returned(), changes.moved(), changes.routedThenCanceled(), changes.indexedLate());
        return java.util.stream.IntStream.range(0, ORDERS).boxed().filter(i -> OUTCOME.get(DemoCatalog.caseOf(i)).equals("IMPORTED READY"))
                .filter(i -> !picked.contains(i)).toList();
    }

    @Test
    void the_orders_report_shows_each_scheduled_delivery_with_its_day_and_periods() {
        Map<String, String> details = importedDetails();
        assertThat(details.keySet()).containsExactlyInAnyOrderElementsOf(importedNativeInvoices().keySet());
        assertThat(importedNativeInvoices().values()).as("the catalog schedules some of what is imported in each period")
                .contains(DemoSchedule.MORNING, DemoSchedule.AFTERNOON, DemoSchedule.NIGHT, DemoSchedule.MORNING_AND_AFTERNOON, DemoSchedule.NONE);
        importedNativeInvoices().forEach((invoice, schedule) -> {
            String detail = details.get(invoice);
            if (schedule == DemoSchedule.NONE) {
                assertThat(detail).as(invoice).doesNotContain("scheduled");
                return;
            }
            assertThat(detail).as(invoice).startsWith("scheduled " + DemoCatalog.ROUTE_DATE);
            for (String period : List.of("morning", "afternoon", "night")) {
                assertThat(detail.contains(period)).as(invoice + " " + detail + ": " + period).isEqualTo(schedule.periods().contains(period));
            }
        });
    }

    @Test
    void tracking_holds_what_the_route_and_the_driver_need() {
        importedNativeInvoices().forEach((invoice, schedule) -> {
            JsonNode service = vtex.trackingServices().get(invoice);
            int index = DemoCatalog.indexOf(service.get("orderNumber").asString());
            assertThat(service.get("cnpjbranch").asString()).as(invoice).isEqualTo(DemoCatalog.MAIN_BRANCH.cnpj());
            assertThat(service.get("cnpjcarrier").asString()).as(invoice).isEqualTo(DemoCatalog.OWN_FLEET.cnpj());
            assertThat(service.get("sender").asString()).isEqualTo(DemoCatalog.SELLER);
            assertThat(service.get("idExternal").asString()).isNotEmpty().hasSizeLessThanOrEqualTo(30);
            assertThat(service.get("packingList").asString()).as(invoice).isNotEmpty().hasSizeLessThanOrEqualTo(50);
            assertThat(service.get("description").asString()).as(invoice).isNotEmpty();
            assertThat(service.has("deliveryServiceScheduling")).as(invoice + " scheduled").isEqualTo(schedule != DemoSchedule.NONE);
            if (schedule != DemoSchedule.NONE) {
                JsonNode periods = service.get("deliveryServiceScheduling");
                assertThat(List.of(periods.get("morningPeriod").asBoolean(), periods.get("afternoonPeriod").asBoolean(), periods.get("nightPeriod").asBoolean()))
                        .as(invoice).containsExactly(schedule.periods().contains("morning"), schedule.periods().contains("afternoon"),
                                schedule.periods().contains("night"));
            }
            if (DemoCatalog.caseOf(index) == Case.ROUTED_COMPANY) {
                assertThat(service.get("packingList").asString()).as("eight items do not fit: " + invoice).endsWith("more");
                assertThat(service.at("/shipperCustomer/addressStreet").asString()).as("the NF-e's entrega wins")
                        .isEqualTo(DemoCatalog.entregaOf(index).orElseThrow().street());
            }
        });
    }

    /** outcome reason orders/invoices, for each outcome the catalog's cases come to. */
    private List<String> expectedNativeCounts() {
        Map<String, int[]> counts = new TreeMap<>();
        for (Order order : nativeImportSees()) {
            Case kind = DemoCatalog.caseOf(DemoCatalog.indexOf(order.orderId()));
            int[] count = counts.computeIfAbsent(OUTCOME.get(kind), k -> new int[2]);
            count[0]++;
            count[1] += ORDER_LEVEL.contains(kind) ? 1 : order.invoices().size();
        }
        List<String> expected = new ArrayList<>();
        counts.forEach((outcome, count) -> expected.add(outcome + " " + count[0] + "/" + count[1]));
        return expected;
    }

    /** The catalog less the order List orders hid from nativeImport (indexed late). */
    private List<Order> nativeImportSees() {
        return catalog.stream().filter(order -> DemoCatalog.indexOf(order.orderId()) != changes.indexedLate()).toList();
    }

    /** The invoices nativeImport sends, each with its order's schedule. */
    private Map<String, DemoSchedule> importedNativeInvoices() {
        Map<String, DemoSchedule> imported = new TreeMap<>();
        for (Order order : nativeImportSees()) {
            int index = DemoCatalog.indexOf(order.orderId());
            if (OUTCOME.get(DemoCatalog.caseOf(index)).equals("IMPORTED READY")) {
                order.invoices().forEach(invoice -> imported.put(invoice.number(), DemoCatalog.scheduleOf(index)));
            }
        }
        return imported;
    }

    /** {@code report 0 --orders}, as the operator runs it: the detail of each IMPORTED invoice. */
    private Map<String, String> importedDetails() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        context.getBean(RunReport.class).command(0, false, true, new PrintStream(console, true, StandardCharsets.UTF_8));
        Map<String, String> details = new TreeMap<>();
        for (String line : console.toString(StandardCharsets.UTF_8).lines().skip(1).toList()) {
            String[] fields = line.split(",", 5);
            if (fields[2].equals("IMPORTED")) {
                details.put(fields[1], fields[4].replaceAll("^\"|\"$", ""));
            }
        }
        return details;
    }
}
