package com.trackingintegration.batch.statussync;

import com.trackingintegration.batch.monitoring.ProgressReporter;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcQueryHistory;
import com.trackingintegration.batch.store.JdbcSentStatuses;
import com.trackingintegration.domain.port.DeliveryStatuses;
import com.trackingintegration.domain.port.OrderTrackingUpdates;
import com.trackingintegration.domain.status.ServiceStatus;
import com.trackingintegration.domain.status.StatusQuery;
import com.trackingintegration.domain.status.StatusUpdates;
import com.trackingintegration.domain.status.TrackingStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * statusSync: VTEX Tracking's delivery statuses (routed, on its way, delivered, not delivered) told to the OMS, when
 * the merchant turned status updates on. Otherwise the job ends at once, saying so.
 */
@Configuration(proxyBeanMethods = false)
public class StatusSyncJobConfiguration {

    public static final String JOB = "statusSync";
    private static final Logger log = LoggerFactory.getLogger(StatusSyncJobConfiguration.class);
    /** What is read with status updates off: no query at all, so VTEX Tracking is not even logged in to. */
    private static final DeliveryStatuses NOTHING_FOLLOWED = new DeliveryStatuses() {
        @Override
        public List<StatusQuery> queries(TrackingStatus status, LocalDate from, LocalDate to) {
            return List.of();
        }

        @Override
        public Optional<Stream<ServiceStatus>> find(StatusQuery query) {
            return Optional.empty();
        }
    };

    @Bean
    Job statusSync(JobRepository repository, Step statusChanges) {
        return new JobBuilder(JOB, repository).start(statusChanges).build();
    }

    @Bean
    Step statusChanges(JobRepository repository, PlatformTransactionManager tm, ProgressReporter progress, Settings settings, StatusChangesReader statusChangesReader,
                       StatusSyncProcessor statusSyncProcessor, StatusUpdateWriter statusUpdateWriter) {
        return new StepBuilder("statusChanges", repository).<ServiceStatus, StatusSyncProcessor.Change>chunk(settings.chunkSize())
                .transactionManager(tm).listener(progress.forStep()).reader(statusChangesReader).processor(statusSyncProcessor).writer(statusUpdateWriter).build();
    }

    /** Reads nothing when status updates are off: the merchant may use the OMS tracking fields for something else. */
    @Bean
    @StepScope
    StatusChangesReader statusChangesReader(@Lazy DeliveryStatuses statuses, JdbcQueryHistory history, Settings settings, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("America/Sao_Paulo"));
        if (!settings.integrationSettings().statusUpdates()) {
            log.info("Status updates are off (integration.status-updates=false): nothing to send to the OMS");
            return new StatusChangesReader(NOTHING_FOLLOWED, history, clock, today, today);
        }
        return new StatusChangesReader(statuses, history, clock, today.minusDays(settings.statusLookbackDays()), today);
    }

    @Bean
    StatusUpdates statusUpdates(Settings settings) {
        return new StatusUpdates(settings.integrationSettings());
    }

    @Bean
    @StepScope
    StatusSyncProcessor statusSyncProcessor(StatusUpdates updates, JdbcSentStatuses sent) {
        return new StatusSyncProcessor(updates, sent);
    }

    @Bean
    @StepScope
    StatusUpdateWriter statusUpdateWriter(@Lazy OrderTrackingUpdates oms, StatusUpdates updates, JdbcSentStatuses sent, JdbcOutcomes outcomes,
                                          TransactionTemplate requiresNewTransaction, @Value("#{stepExecution}") StepExecution step) {
        return new StatusUpdateWriter(oms, updates, sent, outcomes, requiresNewTransaction, step.getJobExecution().getId());
    }
}
