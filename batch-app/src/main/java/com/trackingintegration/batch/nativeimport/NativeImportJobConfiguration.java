package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.monitoring.ProgressReporter;
import com.trackingintegration.batch.store.JdbcOrdersDone;
import com.trackingintegration.batch.store.JdbcWindows;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.domain.port.OrderFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * nativeImport: invoiced OMS orders into VTEX Tracking. Steps: fix the window (once per run: a restart keeps it),
 * the window's orders, the orders still waiting for their route, then, for an incremental run, record where the
 * window ended so the next run goes on from there.
 */
@Configuration(proxyBeanMethods = false)
public class NativeImportJobConfiguration {

    public static final String JOB = "nativeImport";
    static final String WINDOW_FROM = "window.from";
    static final String WINDOW_TO = "window.to";
    private static final Logger log = LoggerFactory.getLogger(NativeImportJobConfiguration.class);

    /**
     * With {@code integration.native.source=list} the run reads an invoicing window; with {@code feed} it drains the
     * Orders Feed (the window steps then have nothing to do). Either way the orders waiting for a route are tried again.
     */
    @Bean
    Job nativeImport(JobRepository repository, Step nativeWindow, Step nativeOrders, Step nativeDeferred, Step nativeCommitWindow) {
        return new JobBuilder(JOB, repository).start(nativeWindow).next(nativeOrders).next(nativeDeferred).next(nativeCommitWindow).build();
    }

    /** Not a scoped proxy, like {@link #ordersSeen}: the prefetch's background thread adds the handles it reads. */
    @Bean
    @Scope("step")
    FeedHandles feedHandles(@Lazy OrderFeed orderFeed, @Value("#{stepExecution}") StepExecution step) {
        return new FeedHandles(feedOf(orderFeed, step));
    }

    /** The feed as this run may use it: a dry run never commits (a commit removes the events from the feed). */
    private static OrderFeed feedOf(OrderFeed feed, StepExecution step) {
        return DryRun.of(step) ? new UncommittedFeed(feed) : feed;
    }

    @Bean
    Step nativeWindow(JobRepository repository, PlatformTransactionManager tm, Settings settings, JdbcWindows windows, Clock clock) {
        return new StepBuilder("nativeWindow", repository).tasklet((contribution, chunkContext) -> {
            if (settings.nativeSourceIsFeed()) {
                log.info("nativeImport reads the Orders Feed");
                return RepeatStatus.FINISHED;
            }
            StepExecution step = contribution.getStepExecution();
            var parameters = step.getJobExecution().getJobParameters();
            ImportWindow window = ImportWindow.of(Optional.ofNullable(parameters.getString("from")), Optional.ofNullable(parameters.getString("to")),
                    windows.lastEnd(JOB), clock.instant(), settings.integration().indexingLag(), settings.initialLookback(), settings.windowOverlap());
            ExecutionContext job = step.getJobExecution().getExecutionContext();
            job.putString(WINDOW_FROM, window.window().from().toString());
            job.putString(WINDOW_TO, window.window().to().toString());
            window.clamped().ifPresent(log::info);
            log.info("nativeImport reads the orders invoiced in {} ({})", window.window(), window.incremental() ? "incremental" : "backfill");
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    /** Checked before a run starts ({@code start nativeImport from=... to=...}). */
    @Bean
    NativeImportParameters nativeImportParameters(Settings settings, JdbcWindows windows, Clock clock) {
        return new NativeImportParameters(settings, windows, clock);
    }

    /**
     * The orders this run already had, for the window's or the feed's reader: one per step execution, shared by the
     * reader (which skips them) and the chunk (which forgets them once it commits). Not a scoped proxy: the
     * prefetch's background thread uses it, and only the step's own thread can resolve a step-scoped proxy.
     */
    @Bean
    @Scope("step")
    OrdersSeen ordersSeen(JobRepository repository, JdbcTemplate jdbc, @Value("#{stepExecution}") StepExecution step) {
        // This run's executions, the current one included: fixed while the step runs, so read once, here.
        List<Long> executions = repository.getJobExecutions(step.getJobExecution().getJobInstance()).stream().map(JobExecution::getId).toList();
        JdbcOrdersDone done = new JdbcOrdersDone(jdbc);
        return new OrdersSeen(orderIds -> done.among(executions, orderIds));
    }

    @Bean
    Step nativeOrders(JobRepository repository, PlatformTransactionManager tm, ProgressReporter progress, Settings settings, ItemStreamReader<Lookup> nativeOrdersReader,
                      NativeOrderProcessor nativeOrderProcessor, ItemWriter<OrderDecision> deliveryServiceWriter, ObjectProvider<FeedHandles> feedHandles, ObjectProvider<OrdersSeen> ordersSeen) {
        ItemWriter<OrderDecision> afterCommit = chunk -> {
            List<String> orderIds = chunk.getItems().stream().map(OrderDecision::orderId).toList();
            // In this order: a repeat read once the chunk committed is found done, and committed at once (FeedHandles).
            ordersSeen.getObject().forgetAfterTransaction(orderIds);
            feedHandles.getObject().commitAfterTransaction(orderIds);
        };
        return new StepBuilder("nativeOrders", repository).<Lookup, OrderDecision>chunk(settings.chunkSize())
                .transactionManager(tm).listener(progress.forStep()).reader(nativeOrdersReader).processor(nativeOrderProcessor)
                .writer(new CompositeItemWriter<>(List.of(deliveryServiceWriter, afterCommit))).build();
    }

    @Bean
    Step nativeDeferred(JobRepository repository, PlatformTransactionManager tm, ProgressReporter progress, Settings settings, DeferredOrdersReader deferredOrdersReader,
                        NativeOrderProcessor nativeOrderProcessor, ItemWriter<OrderDecision> deliveryServiceWriter) {
        return orderStep("nativeDeferred", deferredOrdersReader, repository, tm, progress, settings, nativeOrderProcessor, deliveryServiceWriter);
    }

    /** Orders read, judged by the rules and sent, a chunk per transaction: the same for the window and the waiting orders. */
    private static Step orderStep(String name, ItemReader<Lookup> reader, JobRepository repository, PlatformTransactionManager tm, ProgressReporter progress,
                                  Settings settings, NativeOrderProcessor processor, ItemWriter<OrderDecision> writer) {
        return new StepBuilder(name, repository).<Lookup, OrderDecision>chunk(settings.chunkSize())
                .transactionManager(tm).listener(progress.forStep())
                .reader(reader).processor(processor).writer(writer).build();
    }

    /**
     * Moves the cursor to the end of the window an incremental run has read; a backfill ({@code from} or {@code to})
     * leaves it where it was: moving it to a backfill's end would skip, for good, what was invoiced between the cursor
     * and the backfill's start (or, for a backfill ahead of the cursor, make the next window empty). A dry run leaves
     * it too: the real run that follows must read the same window.
     */
    @Bean
    Step nativeCommitWindow(JobRepository repository, PlatformTransactionManager tm, JdbcWindows windows) {
        return new StepBuilder("nativeCommitWindow", repository).tasklet((contribution, chunkContext) -> {
            var execution = contribution.getStepExecution().getJobExecution();
            ExecutionContext job = execution.getExecutionContext();
            boolean backfill = execution.getJobParameters().getString("from") != null || execution.getJobParameters().getString("to") != null;
            if (!job.containsKey(WINDOW_TO) || backfill || DryRun.of(execution)) {
                return RepeatStatus.FINISHED;
            }
            windows.advance(JOB, Instant.parse(job.getString(WINDOW_TO)));
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    /** The window's orders, or the Orders Feed's: declared as a stream reader so its restart state is saved. */
    @Bean
    @StepScope
    ItemStreamReader<Lookup> nativeOrdersReader(@Lazy InvoicedOrders invoicedOrders, @Lazy OrderFeed orderFeed, FeedHandles feedHandles,
                                                OrdersSeen ordersSeen, Settings settings, @Value("#{stepExecution}") StepExecution step,
                                                @Value("#{jobExecutionContext['" + WINDOW_FROM + "']}") String from,
                                                @Value("#{jobExecutionContext['" + WINDOW_TO + "']}") String to) {
        if (settings.nativeSourceIsFeed()) {
            return new FeedOrdersReader(feedOf(orderFeed, step), invoicedOrders, feedHandles, ordersSeen, settings.chunkSize());
        }
        return new WindowOrdersReader(invoicedOrders, new TimeWindow(Instant.parse(from), Instant.parse(to)), settings.chunkSize(), ordersSeen);
    }
}
