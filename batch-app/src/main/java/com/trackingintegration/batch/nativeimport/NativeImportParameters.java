package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.cli.JobParameterCheck;
import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.store.JdbcWindows;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * nativeImport's parameters, {@code from} and {@code to} (a backfill), checked as the window step will read them: an
 * instant that does not parse or an empty window is refused before the run; a {@code to} later than now less the
 * indexing lag is clamped, and the operator told so.
 */
final class NativeImportParameters implements JobParameterCheck {

    private final Settings settings;
    private final JdbcWindows windows;
    private final Clock clock;

    NativeImportParameters(Settings settings, JdbcWindows windows, Clock clock) {
        this.settings = settings;
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public String job() {
        return NativeImportJobConfiguration.JOB;
    }

    @Override
    public Set<String> names() {
        return Set.of("from", "to");
    }

    @Override
    public List<String> check(Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return List.of();
        }
        if (settings.nativeSourceIsFeed()) {
            throw new InvalidConfigurationException("job parameters from and to choose an invoicing window, and integration.native.source=feed"
                    + " reads the Orders Feed instead: leave them out, or set --integration.native.source=list for a backfill");
        }
        ImportWindow window = ImportWindow.of(Optional.ofNullable(parameters.get("from")), Optional.ofNullable(parameters.get("to")),
                windows.lastEnd(job()), clock.instant(), settings.integration().indexingLag(), settings.initialLookback(), settings.windowOverlap());
        return window.clamped().stream().toList();
    }
}
