package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.JobRepositoryUrl;
import com.trackingintegration.batch.config.LeaseProperties;
import com.trackingintegration.batch.store.JdbcRunLeases;
import com.trackingintegration.batch.config.EveryJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

/** The run lease of each job ({@link RunLeases}), and the execution each lease covers, recorded as the execution starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LeaseProperties.class)
public class RunLeaseConfiguration {

    @Bean
    JdbcRunLeases runLeaseStore(JdbcTemplate jdbc) {
        return new JdbcRunLeases(jdbc);
    }

    @Bean
    RunLeases runLeases(JdbcRunLeases store, Clock clock, LeaseProperties settings, @Value("${spring.datasource.url:}") String url) {
        return new RunLeases(store, clock, settings, new JobRepositoryUrl(url).singleProcess());
    }

    /** Every job, whoever declares it, names its execution in its lease (static: it post-processes the job beans). */
    @Bean
    static BeanPostProcessor executionInLease(ObjectProvider<RunLeases> leases) {
        return EveryJob.beforeEach(execution -> leases.getObject().attach(execution.getJobInstance().getJobName(), execution.getId()));
    }
}
