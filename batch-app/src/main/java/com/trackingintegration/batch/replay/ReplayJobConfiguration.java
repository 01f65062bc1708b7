package com.trackingintegration.batch.replay;

import com.trackingintegration.batch.nativeimport.NativeOrderProcessor;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * replayOrder: one order read from the OMS now, judged and sent as nativeImport judges and sends it (its processor and
 * writer: the integration settings, the NF-e rules, the routes, the ledger's fingerprints and its exactly-once send),
 * for customer service's "this order was fixed in the OMS, send it now" without a backfill. A job rather than a
 * command that calls the rules itself: the replay gets an execution whose outcomes the report and {@code order}
 * show, and a send cut short by a crash is finished by {@code restart} through the writer's pending marks, as for
 * nativeImport. It holds nativeImport's lease while it runs (RunLeases): the two never judge the same order at once.
 */
@Configuration(proxyBeanMethods = false)
public class ReplayJobConfiguration {

    public static final String JOB = "replayOrder";
    public static final String ORDER_ID = "orderId";

    @Bean
    Job replayOrder(JobRepository repository, Step replayOneOrder, ReplayExecutions replayExecutions) {
        return new JobBuilder(JOB, repository).listener(replayExecutions).start(replayOneOrder).build();
    }

    @Bean
    ReplayExecutions replayExecutions() {
        return new ReplayExecutions();
    }

    @Bean
    ReplayParameters replayParameters() {
        return new ReplayParameters();
    }

    /** nativeImport's step-scoped processor and writer, resolved for this step's execution (its id, its dry run). */
    @Bean
    Step replayOneOrder(JobRepository repository, PlatformTransactionManager tm, ItemStreamReader<Lookup> replayedOrderReader,
                        NativeOrderProcessor nativeOrderProcessor, ItemWriter<OrderDecision> deliveryServiceWriter) {
        return new StepBuilder("replayOneOrder", repository).<Lookup, OrderDecision>chunk(1).transactionManager(tm)
                .reader(replayedOrderReader).processor(nativeOrderProcessor).writer(deliveryServiceWriter).build();
    }

    @Bean
    @StepScope
    ItemStreamReader<Lookup> replayedOrderReader(@Lazy InvoicedOrders invoicedOrders, @Value("#{jobParameters['" + ORDER_ID + "']}") String orderId) {
        return new OneOrderReader(invoicedOrders, orderId);
    }
}
