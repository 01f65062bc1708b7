package com.trackingintegration.batch.config;

import com.trackingintegration.adapters.erp.CsvRouteInbox;
import com.trackingintegration.adapters.erp.ErpInboxSettings;
import com.trackingintegration.adapters.erp.LocalErpOrderInbox;
import com.trackingintegration.adapters.oms.OmsSettings;
import com.trackingintegration.adapters.oms.VtexOmsExternalOrders;
import com.trackingintegration.adapters.oms.VtexOmsTrackingUpdates;
import com.trackingintegration.adapters.tracking.VtexTrackingStatuses;
import com.trackingintegration.batch.metrics.VtexCallMeters;
import com.trackingintegration.batch.store.JdbcSentStatuses;
import com.trackingintegration.domain.port.DeliveryStatuses;
import com.trackingintegration.domain.port.OrderTrackingUpdates;
import com.trackingintegration.batch.store.JdbcExternalOrders;
import com.trackingintegration.domain.port.ErpOrderInbox;
import com.trackingintegration.domain.port.ExternalOrderCreation;
import com.trackingintegration.adapters.oms.VtexOmsCredentials;
import com.trackingintegration.adapters.oms.VtexOmsOrderFeed;
import com.trackingintegration.adapters.oms.VtexOmsOrders;
import com.trackingintegration.adapters.tracking.VtexTrackingCredentials;
import com.trackingintegration.adapters.tracking.VtexTrackingDeliveryServices;
import com.trackingintegration.batch.store.JdbcDeferredOrders;
import com.trackingintegration.batch.store.JdbcIntegrationLedger;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcQueryHistory;
import com.trackingintegration.batch.store.JdbcRouteAssignments;
import com.trackingintegration.batch.routes.RouteFilesIntake;
import com.trackingintegration.batch.store.JdbcWindows;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.domain.port.InvoicedOrders;
import com.trackingintegration.domain.port.RouteAssignments;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/**
 * The adapters plugged into the domain's ports. Those that reach VTEX are created only when a command needs them
 * ({@code @Lazy}): {@code demo} runs without any VTEX setting, and a missing one is reported by the command that
 * needs it, naming the property.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IntegrationProperties.class, VtexProperties.class})
public class IntegrationConfiguration {

    /** Checked before any command uses it: an unknown name or a bad value stops the start (exit 2). */
    @Bean
    Settings settings(IntegrationProperties integration, VtexProperties vtex, SettingsCheck check, VtexCallMeters calls) {
        Settings settings = new Settings(integration, vtex, calls);
        check.atStart(settings);
        return settings;
    }

    /** Commits what must outlive the chunk's transaction: pending marks, external order states. */
    @Bean
    TransactionTemplate requiresNewTransaction(PlatformTransactionManager tm) {
        TransactionTemplate own = new TransactionTemplate(tm);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Made once, for every OMS client of the process: its HTTP settings carry the account's pace. VTEX limits calls
     * per account, not per client, so List orders, Get order, the Orders Feed, the fulfillment steps and the tracking
     * updates all wait their turn under this one pace; a pace per client would let them exceed the limit together.
     */
    @Bean
    @Lazy
    OmsSettings omsSettings(Settings settings) {
        return settings.vtex().oms();
    }

    @Bean
    @Lazy
    VtexOmsOrders invoicedOrders(OmsSettings oms) {
        return new VtexOmsOrders(oms);
    }

    @Bean
    @Lazy
    VtexOmsOrderFeed orderFeed(OmsSettings oms) {
        return new VtexOmsOrderFeed(oms);
    }

    @Bean
    @Lazy
    DeliveryServices deliveryServices(Settings settings) {
        return new VtexTrackingDeliveryServices(settings.vtex().tracking());
    }

    /**
     * For each step that needs routes, the route files arrived since are taken in first (routes arrive between runs,
     * and a waiting order must see its route on the next one). With routing in VTEX Tracking no order takes a route,
     * and route files are not read at all: a broken one cannot stop a run that does not need it. A dry run reads them
     * without storing their routes or moving them ({@link RouteFilesIntake#preview}).
     */
    @Bean
    @StepScope
    RouteAssignments routeAssignments(Settings settings, JdbcTemplate jdbc, Clock clock, JdbcOutcomes outcomes, TransactionTemplate requiresNewTransaction,
                                      @Value("#{stepExecution}") StepExecution step) {
        if (!settings.integrationSettings().routedOutside()) {
            return orderId -> List.of();
        }
        JdbcRouteAssignments routes = new JdbcRouteAssignments(jdbc, clock);
        RouteFilesIntake intake = new RouteFilesIntake(new CsvRouteInbox(inboxSettings(settings, step)), routes, outcomes, requiresNewTransaction);
        if (DryRun.of(step)) {
            return intake.preview(step.getJobExecution().getId());
        }
        intake.takeIn(step.getJobExecution().getId());
        return routes;
    }

    /** One per step: a dry run's inbox is read-only (no file moved, no rejects file written). */
    @Bean
    @StepScope
    ErpOrderInbox erpOrderInbox(Settings settings, @Value("#{stepExecution}") StepExecution step) {
        return new LocalErpOrderInbox(inboxSettings(settings, step));
    }

    private static ErpInboxSettings inboxSettings(Settings settings, StepExecution step) {
        IntegrationProperties.Erp erp = settings.integration().erp();
        return new ErpInboxSettings(erp.inbox(), erp.doneMarkerRequired(), DryRun.of(step));
    }

    @Bean
    @Lazy
    ExternalOrderCreation externalOrderCreation(OmsSettings oms) {
        return new VtexOmsExternalOrders(oms);
    }

    @Bean
    @Lazy
    DeliveryStatuses deliveryStatuses(Settings settings, JdbcQueryHistory history) {
        return new VtexTrackingStatuses(settings.vtex().tracking(), history);
    }

    @Bean
    @Lazy
    OrderTrackingUpdates orderTrackingUpdates(OmsSettings oms) {
        return new VtexOmsTrackingUpdates(oms);
    }

    @Bean
    JdbcSentStatuses sentStatuses(JdbcTemplate jdbc, Clock clock) {
        return new JdbcSentStatuses(jdbc, clock);
    }

    @Bean
    JdbcExternalOrders externalOrders(JdbcTemplate jdbc, Clock clock) {
        return new JdbcExternalOrders(jdbc, clock);
    }

    /** Checked in this order: the OMS first, then VTEX Tracking. */
    @Bean
    @Lazy
    CredentialChecks credentialChecks(Settings settings, OmsSettings oms) {
        return new CredentialChecks(List.of(new VtexOmsCredentials(oms), new VtexTrackingCredentials(settings.vtex().tracking())));
    }

    @Bean
    JdbcIntegrationLedger ledger(JdbcTemplate jdbc, Clock clock) {
        return new JdbcIntegrationLedger(jdbc, clock);
    }

    @Bean
    JdbcOutcomes outcomes(JdbcTemplate jdbc) {
        return new JdbcOutcomes(jdbc);
    }

    @Bean
    JdbcDeferredOrders deferredOrders(JdbcTemplate jdbc, Clock clock) {
        return new JdbcDeferredOrders(jdbc, clock);
    }

    @Bean
    JdbcWindows windows(JdbcTemplate jdbc) {
        return new JdbcWindows(jdbc);
    }

    @Bean
    JdbcQueryHistory queryHistory(JdbcTemplate jdbc) {
        return new JdbcQueryHistory(jdbc);
    }
}
