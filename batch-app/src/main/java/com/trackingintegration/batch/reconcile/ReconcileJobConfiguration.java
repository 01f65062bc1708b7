package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.monitoring.ProgressReporter;
import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.nativeimport.NativeOrderProcessor;
import com.trackingintegration.batch.nativeimport.OrdersSeen;
import com.trackingintegration.batch.nativeimport.WindowOrdersReader;
import com.trackingintegration.batch.store.JdbcDeferredOrders;
import com.trackingintegration.batch.store.JdbcLedgerStates;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.domain.port.IntegrationLedger;
import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.domain.port.RouteAssignments;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.CompositeItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * reconcile: every order invoiced in a window accounted for, and kept true after import. The window's orders (List
 * orders, and the ledger's) are judged by the import's rules, set against the ledger and what VTEX Tracking holds,
 * and fixed: what is missing sent, what was returned or canceled removed, what changed replaced. One step, chunked,
 * restartable: a restart skips the orders already done, and finds in Tracking what it sent before it stopped.
 */
@Configuration(proxyBeanMethods = false)
public class ReconcileJobConfiguration {

    public static final String JOB = "reconcile";
    @Bean
    Job reconcile(JobRepository repository, Step reconcileOrders) {
        JobExecutionListener window = new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                var parameters = execution.getJobParameters();
                execution.getExecutionContext().putString("window.from", parameters.getString("from"));
                execution.getExecutionContext().putString("window.to", parameters.getString("to"));
            }
        };
        return new JobBuilder(JOB, repository).listener(window).start(reconcileOrders).build();
    }

    /** Checked before a run starts ({@code start reconcile from=... to=...}). */
    @Bean
    ReconcileParameters reconcileParameters() {
        return new ReconcileParameters();
    }

    @Bean
    JdbcLedgerStates ledgerStates(JdbcTemplate jdbc, Clock clock) {
        return new JdbcLedgerStates(jdbc, clock);
    }

    @Bean
    Step reconcileOrders(JobRepository repository, PlatformTransactionManager tm, ProgressReporter progress, Settings settings,
                         ItemStreamReader<Lookup> reconcileOrdersReader, ReconcileProcessor reconcileProcessor, ReconcileWriter reconcileWriter,
                         ObjectProvider<OrdersSeen> ordersSeen) {
        ItemWriter<OrderDecision> afterCommit = chunk -> ordersSeen.getObject()
                .forgetAfterTransaction(chunk.getItems().stream().map(OrderDecision::orderId).toList());
        return new StepBuilder("reconcileOrders", repository).<Lookup, OrderDecision>chunk(settings.chunkSize())
                .transactionManager(tm).listener(progress.forStep()).reader(reconcileOrdersReader).processor(reconcileProcessor)
                .writer(new CompositeItemWriter<>(List.of(reconcileWriter, afterCommit))).build();
    }

    /** The window's orders listed, then the ledger's, each handed out once per run (restarts included). */
    @Bean
    @StepScope
    ItemStreamReader<Lookup> reconcileOrdersReader(@Lazy InvoicedOrders invoicedOrders, JdbcLedgerStates ledgerStates, OrdersSeen ordersSeen,
                                                   Settings settings, @Value("#{jobParameters['from']}") String from,
                                                   @Value("#{jobParameters['to']}") String to) {
        return new WindowOrdersReader(new WindowAndLedgerOrders(invoicedOrders, ledgerStates), ReconcileParameters.window(from, to),
                settings.chunkSize(), ordersSeen);
    }

    @Bean
    @StepScope
    ReconcileProcessor reconcileProcessor(Settings settings, RouteAssignments routes, @Value("#{jobParameters['from']}") String from,
                                          @Value("#{jobParameters['to']}") String to) {
        TimeWindow window = ReconcileParameters.window(from, to);
        return new ReconcileProcessor(new NativeOrderProcessor(settings.integrationSettings(), UnaryOperator.identity(), routes), window);
    }

    @Bean
    @StepScope
    ReconcileWriter reconcileWriter(@Lazy DeliveryServices deliveryServices, IntegrationLedger ledger, JdbcLedgerStates ledgerStates,
                                    JdbcOutcomes outcomes, JdbcDeferredOrders deferred, TransactionTemplate requiresNewTransaction,
                                    @Value("#{stepExecution}") StepExecution step) {
        long executionId = step.getJobExecution().getId();
        // The execution says whether it is a dry run, not the setting: a restart stays what its run was.
        Optional<ReconcileFixes> fixes = DryRun.of(step) ? Optional.empty()
                : Optional.of(new ReconcileFixes(deliveryServices, ledger, ledgerStates, requiresNewTransaction, executionId));
        return new ReconcileWriter(deliveryServices, ledger, ledgerStates, outcomes, deferred, fixes, executionId,
                step.getJobExecution().getJobInstance().getInstanceId());
    }
}
