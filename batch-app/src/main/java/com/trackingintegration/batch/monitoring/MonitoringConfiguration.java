package com.trackingintegration.batch.monitoring;

import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.store.JdbcOutcomes;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.batch.core.repository.JobRepository;
import com.trackingintegration.batch.config.EveryJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a monitor reads: the outcome counters of every job, and the health of the scheduled jobs' last runs. */
@Configuration(proxyBeanMethods = false)
public class MonitoringConfiguration {

    @Bean
    OutcomeCounters outcomeCounters(JdbcOutcomes outcomes, MeterRegistry registry) {
        return new OutcomeCounters(outcomes, registry);
    }

    /** Named "jobs" in /actuator/health (Boot drops the suffix). */
    @Bean
    JobsHealthIndicator jobsHealthIndicator(JdbcTemplate jdbc, JobRepository repository, JdbcOutcomes outcomes, Settings settings) {
        return new JobsHealthIndicator(jdbc, repository, outcomes, () -> settings.integration().schedule().jobs());
    }

    /**
     * Every job, whoever declares it, adds its executions to the counters when they end (static: it post-processes the
     * job beans; the counters are looked up at the end of a run, by then long created).
     */
    @Bean
    static BeanPostProcessor outcomesCountedAtTheEndOfEveryJob(ObjectProvider<OutcomeCounters> counters) {
        return EveryJob.afterEach(execution -> counters.getObject().afterJob(execution));
    }
}
