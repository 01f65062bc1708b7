package com.trackingintegration.batch.externalimport;

import com.trackingintegration.batch.monitoring.ProgressReporter;
import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.nativeimport.DeliveryServiceWriter;
import com.trackingintegration.batch.nativeimport.DryRunDeliveryWriter;
import com.trackingintegration.batch.nativeimport.RouteWaits;
import com.trackingintegration.batch.store.JdbcExternalOrders;
import com.trackingintegration.batch.store.JdbcExternalOrders.Pending;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.domain.external.ExternalOrderProgress;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.SendOnce;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.domain.port.ErpOrderInbox;
import com.trackingintegration.domain.port.ExternalOrderCreation;
import com.trackingintegration.domain.port.IntegrationLedger;
import com.trackingintegration.domain.port.RouteAssignments;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * externalImport: ERP inbox files into the OMS through VTEX's fulfillment steps, then into VTEX Tracking. Steps: read
 * the ready files' lines (valid orders registered, bad lines reported), archive the files read to their end, then
 * advance every pending external order as far as VTEX allows and send the invoiced ones to VTEX Tracking. A dry run
 * reads the inbox read-only (no file moved, no rejects file), registers, advances and saves no order, and sends nothing.
 */
@Configuration(proxyBeanMethods = false)
public class ExternalImportJobConfiguration {

    public static final String JOB = "externalImport";

    @Bean
    Job externalImport(JobRepository repository, Step externalFiles, Step externalArchive, Step externalAdvance) {
        return new JobBuilder(JOB, repository).start(externalFiles).next(externalArchive).next(externalAdvance).build();
    }

    @Bean
    Step externalFiles(JobRepository repository, PlatformTransactionManager tm, ProgressReporter progress, Settings settings, InboxLinesReader inboxLinesReader,
                       ExternalLineWriter externalLineWriter) {
        return new StepBuilder("externalFiles", repository).<ErpOrderInbox.Line, ErpOrderInbox.Line>chunk(settings.chunkSize())
                .transactionManager(tm).listener(progress.forStep()).reader(inboxLinesReader).writer(externalLineWriter).build();
    }

    @Bean
    Step externalArchive(JobRepository repository, PlatformTransactionManager tm, @Lazy ErpOrderInbox inbox) {
        return new StepBuilder("externalArchive", repository).tasklet((contribution, chunkContext) -> {
            List<String> stillInInbox = inbox.readyFiles();
            contribution.getStepExecution().getJobExecution().getStepExecutions().stream()
                    .filter(step -> step.getStepName().equals("externalFiles"))
                    .map(step -> step.getExecutionContext())
                    .filter(context -> context.containsKey(InboxLinesReader.FINISHED))
                    .flatMap(context -> InboxLinesReader.split(context.getString(InboxLinesReader.FINISHED)).stream())
                    .filter(stillInInbox::contains)
                    .forEach(inbox::markProcessed);
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    /**
     * Each order needs four or five OMS calls one after the other, so a chunk's orders are advanced concurrently (up to
     * {@code integration.fetch-concurrency} at once, the OMS client keeping its pace). Each order's state is committed
     * after each step by the thread that made it; the chunk itself (Tracking, ledger, outcomes) is written by the step.
     */
    @Bean
    Step externalAdvance(JobRepository repository, PlatformTransactionManager tm, ProgressReporter progress, Settings settings, PendingExternalOrdersReader pendingExternalOrdersReader,
                         ExternalOrderAdvancer externalOrderAdvancer, ItemWriter<OrderDecision> externalDeliveryWriter, ItemWriter<OrderDecision> externalStateWriter,
                         ThreadPoolTaskExecutor externalAdvancers) {
        CompositeItemWriter<OrderDecision> writer = new CompositeItemWriter<>(List.of(externalDeliveryWriter, externalStateWriter));
        return new StepBuilder("externalAdvance", repository).<Pending, OrderDecision>chunk(settings.chunkSize())
                .transactionManager(tm).listener(progress.forStep()).reader(pendingExternalOrdersReader).processor(externalOrderAdvancer)
                .taskExecutor(externalAdvancers).writer(writer).build();
    }

    @Bean
    ThreadPoolTaskExecutor externalAdvancers(Settings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(settings.fetchConcurrency());
        executor.setMaxPoolSize(settings.fetchConcurrency());
        executor.setThreadNamePrefix("external-advance-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    @StepScope
    InboxLinesReader inboxLinesReader(@Lazy ErpOrderInbox inbox) {
        return new InboxLinesReader(inbox);
    }

    @Bean
    @StepScope
    ExternalLineWriter externalLineWriter(JdbcExternalOrders externalOrders, JdbcOutcomes outcomes, Settings settings,
                                          @Value("#{stepExecution}") StepExecution step) {
        return new ExternalLineWriter(externalOrders, outcomes, settings.affiliateId(), settings.salesChannel(), step.getJobExecution().getId(),
                DryRun.of(step));
    }

    @Bean
    @StepScope
    PendingExternalOrdersReader pendingExternalOrdersReader(JdbcExternalOrders externalOrders, Settings settings) {
        return new PendingExternalOrdersReader(externalOrders, settings.chunkSize());
    }

    @Bean
    @StepScope
    ExternalOrderAdvancer externalOrderAdvancer(@Lazy ExternalOrderCreation oms, JdbcExternalOrders externalOrders, TransactionTemplate requiresNewTransaction,
                                                Settings settings, IntegrationLedger ledger, RouteAssignments routes,
                                                @Value("#{stepExecution}") StepExecution step) {
        return new ExternalOrderAdvancer(new ExternalOrderProgress(oms), externalOrders, requiresNewTransaction, settings.integrationSettings(),
                new SendOnce(ledger), routes, settings.affiliateId(), settings.salesChannel(), DryRun.of(step));
    }

    /** A dry run saves no order's state: the real run that follows takes every order from where it stands. */
    @Bean
    @StepScope
    ItemWriter<OrderDecision> externalStateWriter(JdbcExternalOrders externalOrders, JdbcOutcomes outcomes, @Value("#{stepExecution}") StepExecution step) {
        if (DryRun.of(step)) {
            return chunk -> { };
        }
        return new ExternalStateWriter(externalOrders, outcomes, step.getJobExecution().getId());
    }

    @Bean
    @StepScope
    ItemWriter<OrderDecision> externalDeliveryWriter(@Lazy DeliveryServices deliveryServices, IntegrationLedger ledger, JdbcOutcomes outcomes,
                                                     TransactionTemplate requiresNewTransaction, @Value("#{stepExecution}") StepExecution step) {
        if (DryRun.of(step)) {
            return new DryRunDeliveryWriter(outcomes, step.getJobExecution().getId());
        }
        return new DeliveryServiceWriter(deliveryServices, ledger, outcomes, RouteWaits.IN_EXTERNAL_STATE, requiresNewTransaction,
                step.getJobExecution().getId());
    }
}
