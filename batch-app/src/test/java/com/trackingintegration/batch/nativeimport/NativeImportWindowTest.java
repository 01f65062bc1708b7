package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trackingintegration.batch.JobTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incremental cursor (where the last incremental nativeImport run's window ended) only ever records what was
 * really listed, contiguously: a backfill never moves it, and the next incremental run goes on from it. Job parameters
 * are checked before a run starts: a bad one is one line and exit 2, and no execution is created.
 */
@SpringBootTest
class NativeImportWindowTest extends JobTest {

    private static final Duration INDEXING_LAG = Duration.ofMinutes(5);
    private static final Duration OVERLAP = Duration.ofMinutes(2);

    @BeforeEach
    void vtexWithOneInvoicedOrder() {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("1-01", "invoiced", List.of("101:Output:Motoboy"), true)));
        jdbc.update("DELETE FROM TI_WINDOW");
    }

    @Test
    void a_backfill_whose_window_ends_ahead_of_the_cursor_leaves_it_and_the_next_incremental_run_misses_nothing() throws Exception {
        Instant cursor = Instant.now().minus(Duration.ofHours(6)).truncatedTo(ChronoUnit.SECONDS);
        cursorAt(cursor);

        assertThat(start("nativeImport", "from=" + cursor.minus(Duration.ofDays(2)), "to=" + cursor.plus(Duration.ofHours(5)))).as(console.toString()).isZero();
        assertThat(cursor()).as("a backfill never moves the cursor").isEqualTo(cursor);

        Instant before = Instant.now();
        assertThat(start("nativeImport")).as(console.toString()).isZero();
        Instant after = Instant.now();

        List<Instant> listed = lastListedWindow();
        assertThat(listed.get(0)).as("the incremental run starts at the old cursor, less the overlap").isEqualTo(cursor.minus(OVERLAP));
        assertThat(listed.get(1)).as("and reads to now less the indexing lag")
                .isBetween(before.minus(INDEXING_LAG).minusMillis(1), after.minus(INDEXING_LAG));
        assertThat(cursor().truncatedTo(ChronoUnit.MILLIS)).as("the cursor records what the incremental run read (VTEX's filter is to the ms)")
                .isEqualTo(listed.get(1).plusMillis(1));
    }

    @Test
    void a_backfill_to_tomorrow_is_clamped_to_now_less_the_indexing_lag_says_so_and_the_next_incremental_run_still_reads() throws Exception {
        Instant cursor = Instant.now().minus(Duration.ofHours(6)).truncatedTo(ChronoUnit.SECONDS);
        cursorAt(cursor);
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

        assertThat(start("nativeImport", "from=" + cursor.minus(Duration.ofDays(1)), "to=" + tomorrow)).as(console.toString()).isZero();

        assertThat(console.toString()).containsOnlyOnce("to=" + tomorrow + " is later than now less the indexing lag (integration.indexing-lag): the window ends at ");
        assertThat(lastListedWindow().get(1)).isBefore(Instant.now().minus(INDEXING_LAG));
        assertThat(cursor()).isEqualTo(cursor);
        assertThat(start("nativeImport")).as(console.toString()).isZero();
        assertThat(lastListedWindow().get(0)).isEqualTo(cursor.minus(OVERLAP));
    }

    @Test
    void a_misspelt_parameter_is_refused_before_the_run_in_one_line() throws Exception {
        int executions = executions();

        assertThat(start("nativeImport", "form=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z")).isEqualTo(2);

        assertThat(console.toString()).isEqualTo("unknown job parameter 'form' for nativeImport (it takes: from, to); nothing was run"
                + System.lineSeparator());
        assertThat(executions()).as("no execution created").isEqualTo(executions);
    }

    @Test
    void a_bad_instant_or_an_empty_window_is_refused_before_the_run_so_no_restart_repeats_it() throws Exception {
        int executions = executions();

        assertThat(start("nativeImport", "from=yesterday")).isEqualTo(2);
        assertThat(start("nativeImport", "from=2026-11-27T00:00:00Z", "to=2026-11-26T00:00:00Z")).isEqualTo(2);

        assertThat(console.toString().lines()).containsExactly(
                "job parameter error: job parameter from must be an ISO-8601 instant such as 2026-11-20T00:00:00Z, was 'yesterday'",
                "job parameter error: the window to import is empty: from 2026-11-27T00:00:00Z is not before to 2026-11-26T00:00:00Z");
        assertThat(executions()).as("no execution created").isEqualTo(executions);
    }

    @Test
    void a_parameter_named_like_a_secret_is_refused_without_its_value() throws Exception {
        int executions = executions();

        assertThat(start("nativeImport", "vtex.oms.app-token=s3cr3t-t0ken")).isEqualTo(2);
        assertThat(start("statusSync", "password=hunter2")).isEqualTo(2);

        assertThat(console.toString()).doesNotContain("s3cr3t-t0ken").doesNotContain("hunter2")
                .contains("job parameter 'vtex.oms.app-token' looks like a secret, refused (its value is not shown)")
                .contains("job parameter 'password' looks like a secret");
        assertThat(console.toString().lines()).hasSize(2);
        assertThat(executions()).as("no execution created").isEqualTo(executions);
    }

    @Test
    void a_job_without_parameters_refuses_any() throws Exception {
        assertThat(start("statusSync", "from=2026-11-26T00:00:00Z")).isEqualTo(2);

        assertThat(console.toString()).isEqualTo("unknown job parameter 'from' for statusSync (it takes none); nothing was run" + System.lineSeparator());
    }

    private void cursorAt(Instant end) {
        jdbc.update("INSERT INTO TI_WINDOW (JOB_NAME, WINDOW_END) VALUES ('nativeImport', ?)", LocalDateTime.ofInstant(end, ZoneOffset.UTC));
    }

    private Instant cursor() {
        return jdbc.queryForObject("SELECT WINDOW_END FROM TI_WINDOW WHERE JOB_NAME = 'nativeImport'", LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private int executions() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class);
    }

    /** The window of the last List orders request, as sent to VTEX: {@code invoicedDate:[from TO to - 1 ms]}. */
    private static List<Instant> lastListedWindow() {
        List<LoggedRequest> lists = vtex.findAll(getRequestedFor(urlPathEqualTo("/api/oms/pvt/orders"))).stream()
                .filter(r -> r.queryParameter("f_invoicedDate").isPresent() && r.queryParameter("f_invoicedDate").firstValue().startsWith("invoicedDate:[")).toList();
        String filter = lists.get(lists.size() - 1).queryParameter("f_invoicedDate").firstValue();
        String[] ends = filter.substring("invoicedDate:[".length(), filter.length() - 1).split(" TO ");
        return List.of(Instant.parse(ends[0]), Instant.parse(ends[1]));
    }
}
