package com.trackingintegration.batch.cli;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stops asked of the runs in this process (SIGTERM or Ctrl-C, a lost lease), applied by each step's own thread:
 * after a chunk has been written (and before the next step reads anything) the step is marked to terminate, so it
 * commits that chunk, ends STOPPED, and the job starts no further step. Spring Batch's {@code JobOperator.stop} would
 * update the execution and its step from the asking thread while the step's thread updates them too, and one of the two
 * updates then fails on the repository's version check (spring-batch #5120, #5308): a run stopped that way could end
 * FAILED instead of STOPPED.
 */
public final class StopRequests implements StepExecutionListener, ChunkListener<Object, Object> {

    private final Set<Long> executions = ConcurrentHashMap.newKeySet();

    /** Asks the job execution to stop after its current chunk; safe from any thread (a signal handler's). */
    public void request(long jobExecutionId) {
        executions.add(jobExecutionId);
    }

    /** A step that starts after the request does not read: it ends STOPPED at once. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        applyTo(stepExecution);
    }

    /** Called by the step's own thread once the chunk is written, before its transaction commits. */
    @Override
    public void afterChunk(Chunk<Object> chunk) {
        StepContext running = StepSynchronizationManager.getContext();
        if (running != null) {
            applyTo(running.getStepExecution());
        }
    }

    /** A tasklet step's (Spring Batch's older chunk contract): called by the step's own thread after each of its chunks. */
    @Override
    public void afterChunk(ChunkContext context) {
        applyTo(context.getStepContext().getStepExecution());
    }

    private void applyTo(StepExecution stepExecution) {
        if (executions.contains(stepExecution.getJobExecutionId())) {
            stepExecution.setTerminateOnly();
        }
    }
}
