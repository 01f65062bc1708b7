package com.trackingintegration.batch.monitoring;

import org.springframework.batch.core.listener.StepListener;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows a long run's progress on the console at a steady interval ({@code integration.progress-interval}): items read
 * and written, the rate, the time elapsed. A night's import of a hundred thousand orders should never look frozen.
 *
 * <p>Each step gets its own listener ({@link #forStep()}): its own pace, so a step that starts just after another
 * printed is not silenced, and its own counts, taken as items are read and written. Not a chunk listener: Spring
 * Batch 6.0 calls none on a step whose items are processed concurrently (externalAdvance), and the step's own counts
 * lag a chunk behind its listeners (a one-chunk step would show nothing read).
 */
public class ProgressReporter {

    private final PrintStream console;
    private final Clock clock;
    private final Duration interval;

    /** @param interval between two lines of one step; zero shows a line after every chunk */
    public ProgressReporter(PrintStream console, Clock clock, Duration interval) {
        this.console = console;
        this.clock = clock;
        this.interval = interval;
    }

    /** A listener for one step, to give to its builder. */
    public StepListener forStep() {
        return new StepProgress(console, clock, interval);
    }

    static String line(String step, long read, long written, Duration elapsed) {
        double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
        return String.format(Locale.ROOT, "  ... %s: %,d read, %,d written, %.1f/s, %02d:%02d:%02d elapsed", step, read, written,
                read / seconds, elapsed.toHours(), elapsed.toMinutesPart(), elapsed.toSecondsPart());
    }
}
