package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.JobTest;
import com.trackingintegration.batch.cli.RunReport;
import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.store.JdbcOutcomes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

/**
 * {@code --integration.dry-run=true} on nativeImport: the same data run once as a dry run, then for real. The dry
 * run predicts the real run's outcomes (what is imported being WOULD_IMPORT) and writes nothing: no request that
 * writes reaches VTEX, the ledger, the cursor, the waiting orders and the routes are as they were, and the route
 * file it read is still in the inbox for the real run.
 */
@SpringBootTest(properties = {"integration.chunk-size=2", "integration.routing=external"})
class NativeImportDryRunTest extends JobTest {

    static final String ROUTES_HEADER = "orderId,invoiceNumber,routeDate,driver,vehicle,displacement,startStreet,startNumber,startCity,startPostalCode,startState\n";
    static final String[] STATE = {"TI_LEDGER", "TI_DELIVERY_LEDGER", "TI_WINDOW", "TI_DEFERRED", "TI_ROUTE"};

    @MockitoSpyBean
    Settings settings;
    @Autowired
    RunReport report;

    private void dryRunSetting(boolean on) {
        doReturn(on).when(settings).dryRun();
    }

    private static List<String> outcomesOf(List<JdbcOutcomes.Row> rows) {
        return rows.stream().map(r -> r.orderId() + "/" + r.invoiceNumber() + ":" + r.outcome() + ":" + r.reason()).sorted().toList();
    }

    @Test
    void a_dry_run_predicts_the_real_runs_outcomes_and_writes_nothing_to_vtex_the_ledger_the_cursor_the_waiting_orders_or_the_inbox() throws Exception {
        Files.createDirectories(INBOX);
        Files.writeString(INBOX.resolve("routes-1.csv"), ROUTES_HEADER + "1-01,101,2026-11-27,joao,ABC-1234,moto,,,,,\n");
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("1-01", "invoiced", List.of("101:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("4-01", "invoiced", List.of("401:Output:Motoboy"), true)));
        assertThat(start("nativeImport")).as("a first real run: something in the ledger, the cursor and the waiting orders").isZero();

        // The next night: a route file for order 7 only (and a bad row), order 1 again, order 4 still without its route.
        Files.writeString(INBOX.resolve("routes-2.csv"), ROUTES_HEADER + "7-01,701,2026-11-28,maria,,moto,,,,,\n9-01,901,2026-11-28\n");
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("1-01", "invoiced", List.of("101:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("2-01", "handling", List.of("201:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("4-01", "invoiced", List.of("401:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("5-01", "invoiced", List.of("501:Output:Motoboy"), false),
                new VtexStubs.OmsOrder("7-01", "invoiced", List.of("701:Output:Motoboy", "702:Input:Motoboy"), true)));
        var before = rowsOf(STATE);
        vtex.resetRequests();
        dryRunSetting(true);

        assertThat(start("nativeImport")).as(console.toString()).isZero();

        long dry = lastExecution();
        assertNothingWrittenToVtex();
        assertThat(rowsOf(STATE)).as("ledger, cursor, waiting orders and routes untouched").isEqualTo(before);
        assertThat(INBOX.resolve("routes-2.csv")).as("the route file stays for the real run").exists();
        assertThat(INBOX.resolve("routes-2.csv.rejects.csv")).doesNotExist();
        assertThat(console.toString()).contains(DryRun.ANNOUNCEMENT).contains("DRY RUN: nothing was written");

        dryRunSetting(false);
        assertThat(start("nativeImport")).as(console.toString()).isZero();

        long real = lastExecution();
        assertThat(outcomesOf(outcomes.rows(real))).containsExactly("1-01/101:SKIPPED:ALREADY_SENT", "2-01/:SKIPPED:NOT_INVOICED",
                "4-01/401:DEFERRED:ROUTE_PENDING", "5-01/501:REJECTED:INVALID_DATA", "7-01/701:IMPORTED:READY", "7-01/702:SKIPPED:RETURN_INVOICE",
                "routes-2.csv:3/:REJECTED:INVALID_DATA");
        assertThat(outcomesOf(outcomes.rows(dry))).as("the dry run's prediction")
                .isEqualTo(outcomesOf(outcomes.rows(real)).stream().map(row -> row.replace(":IMPORTED:", ":WOULD_IMPORT:")).sorted().toList());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        report.command(dry, true, false, new PrintStream(json, true, StandardCharsets.UTF_8));
        assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"dryRun\":true");
        assertThat(INBOX.resolve("processed/routes-2.csv")).exists();
    }
}
