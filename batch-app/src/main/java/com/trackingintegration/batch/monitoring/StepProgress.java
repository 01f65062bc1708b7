package com.trackingintegration.batch.monitoring;

import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One step's progress line: counted as the step reads and writes, shown after a chunk is written once the interval has
 * passed since the step started or since its last line. Reads and writes both happen on the step's own thread, also
 * when its items are processed concurrently; a step bean runs once at a time, and each run starts afresh.
 */
final class StepProgress implements StepExecutionListener, ItemReadListener<Object>, ItemWriteListener<Object> {

    private final PrintStream console;
    private final Clock clock;
    private final Duration interval;
    private String step = "";
    private Instant started = Instant.EPOCH;
    private Instant lastShown = Instant.EPOCH;
    private long read;
    private long written;

    StepProgress(PrintStream console, Clock clock, Duration interval) {
        this.console = console;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution.getStepName();
        started = clock.instant();
        lastShown = started;
        read = 0;
        written = 0;
    }

    @Override
    public void afterRead(Object item) {
        read++;
    }

    @Override
    public void afterWrite(Chunk<?> chunk) {
        written += chunk.size();
        Instant now = clock.instant();
        if (Duration.between(lastShown, now).compareTo(interval) >= 0) {
            lastShown = now;
            console.println(ProgressReporter.line(step, read, written, Duration.between(started, now)));
        }
    }
}
