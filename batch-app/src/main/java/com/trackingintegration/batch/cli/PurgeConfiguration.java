package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.retention.OldJobRuns;
import com.trackingintegration.batch.store.JdbcSettledHistory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/** {@code purge}, and what it deletes: old job runs with their outcomes, and the settled ledger history. */
@Configuration(proxyBeanMethods = false)
public class PurgeConfiguration {

    @Bean
    OldJobRuns oldJobRuns(JdbcTemplate jdbc, JobRepository repository, PlatformTransactionManager tm) {
        return new OldJobRuns(jdbc, repository, tm);
    }

    @Bean
    JdbcSettledHistory settledHistory(JdbcTemplate jdbc, PlatformTransactionManager tm) {
        return new JdbcSettledHistory(jdbc, tm);
    }

    @Bean
    PurgeCommand purgeCommand(RunLeases leases, List<Job> jobs, OldJobRuns runs, JdbcSettledHistory history, Clock clock) {
        return new PurgeCommand(leases, jobs.stream().map(Job::getName).collect(Collectors.toSet()), runs, history, clock);
    }
}
