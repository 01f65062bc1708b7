package com.trackingintegration.batch.schedule;

import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.domain.fixtures.MovableClock;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class NightlyRunsTest {

    private final NightlyRuns.Jobs jobs = mock(NightlyRuns.Jobs.class);
    private final List<Duration> waits = new ArrayList<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    // 01:30 in São Paulo (UTC-3)
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T04:30:00Z"), ZoneOffset.UTC);

    @Test
    void waits_for_the_next_scheduled_time_then_runs_the_jobs_in_order() throws Exception {
        List<String> started = new ArrayList<>();
        when(jobs.start(any(), any(), any())).thenAnswer(call -> {
            started.add(call.getArgument(0));
            return ExitCodes.COMPLETED;
        });
        NightlyRuns serve = new NightlyRuns(jobs, "0 0 2 * * *", List.of("nativeImport", "statusSync"), clock, waits::add, 1, () -> Duration.ofDays(3));

        int exit = serve.run(new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(waits).containsExactly(Duration.ofMinutes(30));
        assertThat(started).containsExactly("nativeImport", "statusSync");
        assertThat(console.toString()).contains("next run of nativeImport, statusSync at 2026-11-27T02:00-03:00");
    }

    @Test
    void reconcile_runs_over_the_lookback_up_to_the_moment_it_starts() throws Exception {
        List<String> started = new ArrayList<>();
        when(jobs.start(any(), any(), any())).thenAnswer(call -> {
            started.add(call.getArgument(0) + " " + call.getArgument(1));
            return ExitCodes.COMPLETED;
        });

        new NightlyRuns(jobs, "0 0 2 * * *", List.of("nativeImport", "reconcile"), clock, waits::add, 1, () -> Duration.ofDays(3))
                .run(new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(started).containsExactly("nativeImport {}", "reconcile {from=2026-11-24T04:30:00Z, to=2026-11-27T04:30:00Z}");
    }

    @Test
    void a_stopped_job_ends_the_server_with_its_exit_code() throws Exception {
        when(jobs.start(any(), any(), any())).thenReturn(ExitCodes.STOPPED);

        int exit = new NightlyRuns(jobs, "0 0 2 * * *", List.of("nativeImport", "statusSync"), clock, waits::add, 3, () -> Duration.ofDays(3))
                .run(new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(ExitCodes.STOPPED);
        assertThat(waits).hasSize(1);
    }

    @Test
    void the_server_ends_with_its_most_serious_exit_code_not_its_highest_number() throws Exception {
        when(jobs.start(any(), any(), any())).thenReturn(ExitCodes.FAILED, ExitCodes.ATTENTION, ExitCodes.USAGE);

        int exit = new NightlyRuns(jobs, "0 0 2 * * *", List.of("nativeImport", "reconcile", "statusSync"), clock, waits::add, 1, () -> Duration.ofDays(3))
                .run(new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).as("a failed import outweighs a reconcile's attention (7) and a usage error (2)").isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void a_bad_reconcile_lookback_stops_the_server_at_start_before_it_waits_or_runs_anything() {
        Supplier<Duration> refused = () -> {
            throw new InvalidConfigurationException("integration.reconcile.lookback must be 1 hour to 31 days, was PT0S");
        };

        assertThatThrownBy(() -> new NightlyRuns(jobs, "0 0 2 * * *", List.of("nativeImport", "reconcile"), clock, waits::add, 1, refused)
                .run(new PrintStream(console, true, StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageStartingWith("integration.reconcile.lookback");
        assertThat(waits).as("nothing waited for").isEmpty();
        verifyNoInteractions(jobs);
    }

    @Test
    void the_purge_runs_weekly_at_its_own_time_between_the_nights_runs() throws Exception {
        List<String> ran = new ArrayList<>();
        NightlyRuns serve = nightlyAndPurging(Instant.parse("2026-11-27T04:30:00Z"), "0 0 4 * * SUN", ExitCodes.COMPLETED, 4, ran);

        int exit = serve.run(new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        // Friday 27 to Sunday 29 November 2026, Brasília time (UTC-3): three nights, then the purge at 04:00 on Sunday.
        assertThat(ran).containsExactly("nativeImport 2026-11-27T05:00:00Z", "nativeImport 2026-11-28T05:00:00Z", "nativeImport 2026-11-29T05:00:00Z",
                "purge 2026-11-29T07:00:00Z");
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("serve: next purge of what is older than 90d at 2026-11-29T04:00-03:00[America/Sao_Paulo] (integration.retention.cron=0 0 4 * * SUN)");
    }

    @Test
    void a_purge_due_with_the_jobs_runs_after_them_and_its_refusal_counts_in_the_exit_code_without_ending_the_server() throws Exception {
        List<String> ran = new ArrayList<>();
        NightlyRuns serve = nightlyAndPurging(Instant.parse("2026-11-28T04:30:00Z"), "0 0 2 * * SUN", ExitCodes.USAGE, 3, ran);

        int exit = serve.run(new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(ran).containsExactly("nativeImport 2026-11-28T05:00:00Z", "nativeImport 2026-11-29T05:00:00Z", "purge 2026-11-29T05:00:00Z",
                "nativeImport 2026-11-30T05:00:00Z");
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
    }

    /**
     * nativeImport at 02:00 every night and a purge at {@code purgeCron}, on a clock the sleeps move; each run noted in
     * {@code ran} with the moment it ran.
     */
    private NightlyRuns nightlyAndPurging(Instant start, String purgeCron, int purgeExit, int maxRuns, List<String> ran) throws Exception {
        MovableClock moving = new MovableClock(start);
        when(jobs.start(any(), any(), any())).thenAnswer(call -> {
            ran.add(call.getArgument(0) + " " + moving.instant());
            return ExitCodes.COMPLETED;
        });
        return new NightlyRuns(jobs, "0 0 2 * * *", List.of("nativeImport"), moving, moving::advance, maxRuns, () -> Duration.ofDays(3))
                .purging(purgeCron, "90d", out -> {
                    ran.add("purge " + moving.instant());
                    return purgeExit;
                });
    }

    @Test
    void a_bad_retention_cron_names_its_property_before_anything_runs() {
        NightlyRuns serve = new NightlyRuns(jobs, "0 0 2 * * *", List.of("nativeImport"), clock, waits::add, 1, () -> Duration.ofDays(3))
                .purging("sundays", "90d", out -> ExitCodes.COMPLETED);

        assertThatThrownBy(() -> serve.run(System.err))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageStartingWith("integration.retention.cron must be a cron expression");
        assertThat(waits).isEmpty();
        verifyNoInteractions(jobs);
    }

    @Test
    void a_bad_cron_names_the_property() {
        assertThatThrownBy(() -> new NightlyRuns(jobs, "every night", List.of(), clock, waits::add, 1, () -> Duration.ofDays(3)).run(System.err))
                .isInstanceOf(InvalidConfigurationException.class).hasMessageStartingWith("integration.schedule.cron must be a cron expression");
    }
}
