package com.trackingintegration.batch.replay;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replay executions this process started, by order: how {@code replay} finds the outcome of the run it just
 * started, without asking the job repository for "the latest", which another process may have started since.
 */
public final class ReplayExecutions implements JobExecutionListener {

    private final Map<String, Long> byOrder = new ConcurrentHashMap<>();

    @Override
    public void beforeJob(JobExecution execution) {
        String orderId = execution.getJobParameters().getString(ReplayJobConfiguration.ORDER_ID);
        if (orderId != null) {
            byOrder.put(orderId, execution.getId());
        }
    }

    /** The execution this process last started for the order; empty when none started (refused before it could). */
    public Optional<Long> last(String orderId) {
        return Optional.ofNullable(byOrder.get(orderId));
    }

    /** Forgets the order's last execution, so that a refused replay is not read as the one before it. */
    public void forget(String orderId) {
        byOrder.remove(orderId);
    }
}
