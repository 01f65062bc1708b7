package com.trackingintegration.batch.monitoring;

import com.trackingintegration.batch.store.JdbcOutcomes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * {@code tracking.integration.orders} and {@code tracking.integration.invoices}, by job, outcome and reason: when an
 * execution ends, however it ends, its report's two columns ({@link JdbcOutcomes#counts}) are added to them. The
 * counters are the report's figures, read from the same rows by the same query, never counted a second way beside it:
 * a failed run adds what it recorded, a restart what its own execution recorded (as its report shows). No order id
 * is ever a tag: the series would grow with every night's orders.
 */
public final class OutcomeCounters implements JobExecutionListener {

    public static final String ORDERS = "tracking.integration.orders";
    public static final String INVOICES = "tracking.integration.invoices";

    private static final Logger log = LoggerFactory.getLogger(OutcomeCounters.class);

    private final JdbcOutcomes outcomes;
    private final MeterRegistry registry;

    public OutcomeCounters(JdbcOutcomes outcomes, MeterRegistry registry) {
        this.outcomes = outcomes;
        this.registry = registry;
    }

    @Override
    public void afterJob(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        try {
            for (JdbcOutcomes.Count count : outcomes.counts(execution.getId())) {
                counter(ORDERS, "Orders of the integration's runs by outcome and reason, as the run report counts them", job, count)
                        .increment(count.orders());
                counter(INVOICES, "Invoices of the integration's runs by outcome and reason, as the run report counts them", job, count)
                        .increment(count.invoices());
            }
        } catch (RuntimeException e) {
            // A monitor's figures must never change how a run ends: the run's report stays the record.
            log.warn("Could not add execution {} of {} to the outcome counters", execution.getId(), job, e);
        }
    }

    private Counter counter(String name, String description, String job, JdbcOutcomes.Count count) {
        return Counter.builder(name).description(description)
                .tag("job", job).tag("outcome", count.outcome().name()).tag("reason", count.reason().name())
                .register(registry);
    }
}
