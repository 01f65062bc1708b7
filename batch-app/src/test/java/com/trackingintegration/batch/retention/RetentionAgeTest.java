package com.trackingintegration.batch.retention;

import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.cli.PurgeCommand;
import com.trackingintegration.batch.config.IntegrationProperties;
import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.config.VtexProperties;
import com.trackingintegration.calls.CallObserver;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How old a purged record is, as the operator writes it on {@code purge} and in {@code integration.retention.older-than}. */
class RetentionAgeTest {

    @Test
    void whole_days_from_one_and_the_cutoff_is_now_less_that_many_days() {
        assertThat(RetentionAge.parse("90d")).contains(new RetentionAge(90));
        assertThat(RetentionAge.parse(" 1d ")).contains(new RetentionAge(1));
        assertThat(new RetentionAge(90).cutoff(Instant.parse("2026-12-02T13:00:00Z"))).isEqualTo(Instant.parse("2026-09-03T13:00:00Z"));
        for (String bad : List.of("90", "0d", "12h", "-5d", "ninety", "", "P90D")) {
            assertThat(RetentionAge.parse(bad)).as(bad).isEmpty();
        }
    }

    /** Its collaborators are absent: a refused age touches neither the leases nor the database. */
    @Test
    void purge_with_an_age_that_is_not_whole_days_is_one_line_exit_2_and_nothing_else() {
        PurgeCommand purge = new PurgeCommand(null, Set.of(), null, null, Clock.fixed(Instant.parse("2026-12-02T13:00:00Z"), ZoneOffset.UTC));
        for (String bad : List.of("90", "0d", "12h")) {
            ByteArrayOutputStream console = new ByteArrayOutputStream();

            int exit = purge.run(bad, false, new PrintStream(console, true, StandardCharsets.UTF_8));

            assertThat(exit).as(bad).isEqualTo(ExitCodes.USAGE);
            assertThat(console.toString(StandardCharsets.UTF_8)).as(bad).isEqualTo("purge --older-than takes whole days, at least 1 (e.g. 90d), was '"
                    + bad + "'; nothing was deleted" + System.lineSeparator());
        }
    }

    @Test
    void serve_purges_what_is_older_than_90_days_by_default_and_nothing_with_0_or_off() {
        assertThat(settings(Map.of()).retention()).contains(new RetentionAge(90));
        assertThat(settings(Map.of()).integration().retention().cron()).as("Sunday 04:00, after the night's jobs").isEqualTo("0 0 4 * * SUN");
        assertThat(settings(Map.of("integration.retention.older-than", "30d")).retention()).contains(new RetentionAge(30));
        for (String off : List.of("0", "0d", "off", "OFF")) {
            assertThat(settings(Map.of("integration.retention.older-than", off)).retention()).as(off).isEmpty();
        }
        assertThatThrownBy(() -> settings(Map.of("integration.retention.older-than", "90 days")).retention())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("integration.retention.older-than must be whole days (e.g. 90d), or 0 or off for no purge in serve, was '90 days'");
    }

    private static Settings settings(Map<String, String> properties) {
        Binder binder = new Binder(new MapConfigurationPropertySource(properties));
        return new Settings(binder.bindOrCreate("integration", IntegrationProperties.class), binder.bindOrCreate("vtex", VtexProperties.class),
                CallObserver.NONE);
    }
}
