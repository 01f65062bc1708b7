package com.trackingintegration.batch.monitoring;

import com.trackingintegration.domain.fixtures.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progress lines of real chunk-oriented steps, one item per chunk, each chunk taking a minute of a clock the writer
 * advances: no sleeping, the lines depend on the clock alone.
 */
class ProgressReporterTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    /** Time moves only when a chunk is written: a minute each. */
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T05:00:00Z"));
    private final ResourcelessJobRepository repository = new ResourcelessJobRepository();

    @Test
    void a_progress_line_says_what_was_read_and_written_how_fast_and_for_how_long() {
        String line = ProgressReporter.line("nativeOrders", 12_000, 11_900, Duration.ofMinutes(2));

        assertThat(line).isEqualTo("  ... nativeOrders: 12,000 read, 11,900 written, 100.0/s, 00:02:00 elapsed");
    }

    @Test
    void a_step_shows_its_progress_each_interval_with_the_counts_of_the_chunk_just_written() throws Exception {
        run(step("nativeOrders", Duration.ofMinutes(2)));

        assertThat(lines()).containsExactly(
                "  ... nativeOrders: 2 read, 2 written, 0.0/s, 00:02:00 elapsed",
                "  ... nativeOrders: 4 read, 4 written, 0.0/s, 00:04:00 elapsed");
    }

    /** externalAdvance's case: Spring Batch 6.0 calls no chunk listener when a step processes its items concurrently. */
    @Test
    void a_step_whose_items_are_processed_concurrently_shows_its_progress_too() throws Exception {
        run(step("externalAdvance", Duration.ofMinutes(2)).taskExecutor(new SimpleAsyncTaskExecutor()));

        assertThat(lines()).containsExactly(
                "  ... externalAdvance: 2 read, 2 written, 0.0/s, 00:02:00 elapsed",
                "  ... externalAdvance: 4 read, 4 written, 0.0/s, 00:04:00 elapsed");
    }

    @Test
    void with_no_interval_the_first_chunk_already_shows_what_it_read() throws Exception {
        run(step("externalFiles", Duration.ZERO));

        assertThat(lines()).first().isEqualTo("  ... externalFiles: 1 read, 1 written, 0.0/s, 00:01:00 elapsed");
        assertThat(lines()).hasSize(5);
    }

    /** Each run of a step bean starts its counts and its pace afresh (serve runs the same steps every night). */
    @Test
    void a_second_run_of_the_same_step_counts_from_zero() throws Exception {
        var listener = reporter(Duration.ofMinutes(5)).forStep();
        run(step("statusChanges", listener));
        run(step("statusChanges", listener));

        assertThat(lines()).containsExactly(
                "  ... statusChanges: 5 read, 5 written, 0.0/s, 00:05:00 elapsed",
                "  ... statusChanges: 5 read, 5 written, 0.0/s, 00:05:00 elapsed");
    }

    private ProgressReporter reporter(Duration interval) {
        return new ProgressReporter(new PrintStream(console, true, StandardCharsets.UTF_8), clock, interval);
    }

    private ChunkOrientedStepBuilder<String, String> step(String name, Duration interval) {
        return step(name, reporter(interval).forStep());
    }

    private ChunkOrientedStepBuilder<String, String> step(String name, StepListener progress) {
        return new StepBuilder(name, repository).<String, String>chunk(1).transactionManager(new ResourcelessTransactionManager())
                .reader(new ListItemReader<>(List.of("a", "b", "c", "d", "e"))).processor(item -> item)
                .writer(chunk -> clock.advance(Duration.ofMinutes(1))).listener(progress);
    }

    private void run(ChunkOrientedStepBuilder<String, String> builder) throws Exception {
        Step step = builder.build();
        JobInstance instance = repository.createJobInstance("job", new JobParameters());
        JobExecution job = repository.createJobExecution(instance, new JobParameters(), new ExecutionContext());
        step.execute(repository.createStepExecution(step.getName(), job));
    }

    private List<String> lines() {
        return console.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
