package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.JobTest;
import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.store.JdbcOutcomes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

/**
 * A dry run and a real run never mix in one run: a dry run restarted stays a dry run whatever the setting says by
 * then, a real run is not restarted as a dry run (half a run would be recorded done), and statusSync has no dry run.
 */
@SpringBootTest(properties = {"integration.chunk-size=2"})
class NativeImportDryRunRestartTest extends JobTest {

    @MockitoSpyBean
    Settings settings;

    private void dryRunSetting(boolean on) {
        doReturn(on).when(settings).dryRun();
    }

    private int restart(long executionId) throws Exception {
        return commands.restart(String.valueOf(executionId), new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    private int executions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class);
    }

    /** A run that fails on the OMS's list, then the OMS back with one order to import. */
    private long failedRun() throws Exception {
        VtexStubs.tracking(vtex);
        vtex.stubFor(get(urlPathEqualTo("/api/oms/pvt/orders")).willReturn(serverError()));
        // The credential check's look-up (one order) still answers: only the window's listing fails.
        vtex.stubFor(get(urlEqualTo("/api/oms/pvt/orders?per_page=1")).atPriority(1).willReturn(okJson("{\"list\":[],\"facets\":[],\"paging\":{},\"stats\":{}}")));
        assertThat(start("nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z")).as(console.toString()).isEqualTo(1);
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("1-01", "invoiced", List.of("101:Output:Motoboy"), true)));
        return lastExecution();
    }

    @Test
    void a_dry_run_restarted_after_the_setting_is_off_is_still_a_dry_run() throws Exception {
        dryRunSetting(true);
        long failed = failedRun();
        dryRunSetting(false);
        vtex.resetRequests();

        assertThat(restart(failed)).as(console.toString()).isZero();

        assertNothingWrittenToVtex();
        assertThat(console.toString()).contains(DryRun.ANNOUNCEMENT).contains("DRY RUN: nothing was written");
        assertThat(outcomes.rows(lastExecution())).extracting(JdbcOutcomes.Row::outcome).containsExactly(JdbcOutcomes.Outcome.WOULD_IMPORT);
    }

    @Test
    void a_real_run_is_not_restarted_as_a_dry_run() throws Exception {
        long failed = failedRun();
        int before = executions();
        dryRunSetting(true);

        assertThat(restart(failed)).isEqualTo(2);

        assertThat(console.toString()).contains("execution " + failed + " of nativeImport is a real run: it cannot go on as a dry run");
        assertThat(executions()).as("nothing was run").isEqualTo(before);
    }

    @Test
    void status_sync_has_no_dry_run() throws Exception {
        dryRunSetting(true);

        assertThat(start("statusSync")).isEqualTo(2);

        assertThat(console.toString().strip()).isEqualTo("statusSync has no dry run (it writes to the OMS by nature): start it without"
                + " --integration.dry-run; nothing was run");
        assertThat(executions()).isZero();
    }
}
