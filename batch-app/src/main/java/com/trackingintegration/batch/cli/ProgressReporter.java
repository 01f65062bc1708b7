package com.trackingintegration.batch.cli;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.core.step.StepExecution;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Shows a long run's progress on the console at a steady interval: items read and written, the rate, the time
 * elapsed. A night's import of a hundred thousand orders should never look frozen. The counts shown are those of
 * the chunks before the one just written (the step adds a chunk's counts after its listeners ran).
 */
public class ProgressReporter implements ChunkListener<Object, Object> {

    private final PrintStream console;
    private final Clock clock;
    private final Duration interval;
    private Instant lastShown = Instant.MIN;

    public ProgressReporter(PrintStream console, Clock clock, Duration interval) {
        this.console = console;
        this.clock = clock;
        this.interval = interval;
    }

    /** Batch 6's chunk-oriented steps call this form after each chunk; the step is the one running on this thread. */
    @Override
    public void afterChunk(Chunk<Object> chunk) {
        Instant now = clock.instant();
        var context = StepSynchronizationManager.getContext();
        if (context == null || context.getStepExecution().getReadCount() == 0 || Duration.between(lastShown, now).compareTo(interval) < 0) {
            return;
        }
        lastShown = now;
        console.println(line(context.getStepExecution(), now));
    }

    static String line(StepExecution step, Instant now) {
        Instant start = step.getStartTime() == null ? now : step.getStartTime().atZone(java.time.ZoneId.systemDefault()).toInstant();
        Duration elapsed = Duration.between(start, now);
        double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
        return String.format(Locale.ROOT, "  ... %s: %,d read, %,d written, %.1f/s, %02d:%02d:%02d elapsed", step.getStepName(),
                step.getReadCount(), step.getWriteCount(), step.getReadCount() / seconds, elapsed.toHours(), elapsed.toMinutesPart(),
                elapsed.toSecondsPart());
    }
}
