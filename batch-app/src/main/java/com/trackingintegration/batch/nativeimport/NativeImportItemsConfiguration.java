package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.store.JdbcDeferredOrders;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.SendOnce;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.domain.port.IntegrationLedger;
import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.RouteAssignments;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * nativeImport's items beside its window's reader: the orders waiting for their route read again, each order judged,
 * and what it decided sent and recorded (or, in a dry run, recorded only).
 */
@Configuration(proxyBeanMethods = false)
class NativeImportItemsConfiguration {

    @Bean
    @StepScope
    DeferredOrdersReader deferredOrdersReader(JdbcDeferredOrders deferred, @Lazy InvoicedOrders invoicedOrders, Settings settings,
                                              @Value("#{stepExecution}") StepExecution step) {
        return new DeferredOrdersReader(deferred, invoicedOrders, step.getJobExecution().getJobInstance().getInstanceId(), settings.chunkSize());
    }

    @Bean
    @StepScope
    NativeOrderProcessor nativeOrderProcessor(Settings settings, IntegrationLedger ledger, RouteAssignments routes) {
        return new NativeOrderProcessor(settings.integrationSettings(), new SendOnce(ledger), routes);
    }

    /** A dry run's writer records the outcomes only (what would be sent as WOULD_IMPORT). */
    @Bean
    @StepScope
    ItemWriter<OrderDecision> deliveryServiceWriter(@Lazy DeliveryServices deliveryServices, IntegrationLedger ledger, JdbcOutcomes outcomes,
                                                    JdbcDeferredOrders deferred, TransactionTemplate requiresNewTransaction,
                                                    @Value("#{stepExecution}") StepExecution step) {
        if (DryRun.of(step)) {
            return new DryRunDeliveryWriter(outcomes, step.getJobExecution().getId());
        }
        return new DeliveryServiceWriter(deliveryServices, ledger, outcomes,
                RouteWaits.deferred(deferred, step.getJobExecution().getJobInstance().getInstanceId()), requiresNewTransaction,
                step.getJobExecution().getId());
    }
}
