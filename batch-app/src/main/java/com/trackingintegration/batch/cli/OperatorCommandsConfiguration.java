package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.CredentialChecks;
import com.trackingintegration.batch.config.Settings;
import com.trackingintegration.batch.demo.DemoCommand;
import com.trackingintegration.batch.metrics.RunMeasures;
import com.trackingintegration.batch.monitoring.ProgressReporter;
import com.trackingintegration.batch.replay.ReplayExecutions;
import com.trackingintegration.batch.schedule.NightlyRuns;
import com.trackingintegration.batch.store.JdbcDeferredOrders;
import com.trackingintegration.batch.store.JdbcExternalOrders;
import com.trackingintegration.batch.store.JdbcLedgerStates;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.domain.port.OrderFeedSetup;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/** The commands an operator can type. The console is the one place that writes to standard output. */
@Configuration(proxyBeanMethods = false)
public class OperatorCommandsConfiguration {

    /** The operator's console: the one place that writes to standard output. */
    /** The process's standard output: never closed with the context (Spring would infer close() otherwise). */
    @Bean(destroyMethod = "")
    PrintStream console() {
        @SuppressWarnings("java:S106")
        PrintStream console = System.out;
        return console;
    }

    @Bean
    ProgressReporter progressReporter(PrintStream console, Clock clock, Settings settings) {
        return new ProgressReporter(console, clock, settings.progressInterval());
    }

    @Bean
    RunReport runReport(JobRepository repository, JdbcOutcomes outcomes) {
        return new RunReport(repository, outcomes);
    }

    @Bean
    JobCommands jobCommands(JobOperator operator, JobRepository repository, List<Job> jobs, ObjectProvider<CredentialChecks> credentials,
                            RunReport report, Clock clock, Settings settings, List<JobParameterCheck> parameterChecks, RunLeases leases,
                            StopRequests stops, RunMeasures measures) {
        Runnable preflight = () -> {
            settings.integrationSettings();
            settings.chunkSize();
            settings.nativeSourceIsFeed();
        };
        return new JobCommands(operator, repository, jobs.stream().collect(Collectors.toMap(Job::getName, job -> job)), credentials, report,
                clock, preflight, parameterChecks.stream().collect(Collectors.toMap(JobParameterCheck::job, check -> check)), leases,
                settings::dryRun, stops, measures);
    }

    /** @param serveSleeper how serve waits for its next time: the thread sleeps, unless a test hands its own schedule */
    @Bean
    OperatorCommandLine operatorCommandLine(DemoCommand demo, JobCommands jobs, RunReport report, Settings settings,
                                            ObjectProvider<OrderFeedSetup> feed, PrintStream console, Clock clock, JdbcExternalOrders externalOrders,
                                            ObjectProvider<NightlyRuns.Sleeper> serveSleeper,
                                            JdbcOutcomes outcomes, JdbcLedgerStates ledgerStates, JdbcDeferredOrders deferredOrders,
                                            ObjectProvider<DeliveryServices> tracking, ReplayExecutions replays, PurgeCommand purge) {
        NightlyRuns serve = serve(jobs, settings, clock, serveSleeper.getIfAvailable(() -> duration -> Thread.sleep(Math.max(0, duration.toMillis()))),
                purge);
        return new OperatorCommandLine(new ApplicationCommands(demo, jobs, report, serve, feed::getObject,
                new ResetExternalCommand(externalOrders, settings::affiliateId),
                new OrderCommand(outcomes, ledgerStates, deferredOrders, externalOrders, settings::affiliateId, tracking::getObject),
                new ReplayCommand(jobs, replays, outcomes, externalOrders), purge), console);
    }

    /** The nightly jobs, and the weekly purge unless {@code integration.retention.older-than} is 0 or off. */
    private static NightlyRuns serve(JobCommands jobs, Settings settings, Clock clock, NightlyRuns.Sleeper sleeper, PurgeCommand purge) {
        NightlyRuns serve = new NightlyRuns(jobs::start, settings.integration().schedule().cron(), settings.integration().schedule().jobs(), clock,
                sleeper, Integer.MAX_VALUE, settings::reconcileLookback);
        return settings.retention().map(age -> serve.purging(settings.integration().retention().cron(), age.toString(), out -> purge.purge(age, out)))
                .orElse(serve);
    }
}
