package com.trackingintegration.batch.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.launch.JobOperator;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * While a job runs in this process, SIGTERM (kill, Kubernetes) and SIGINT (Ctrl-C) ask Spring Batch to stop it: the
 * current chunk finishes and commits, the execution ends STOPPED, and {@code restart} resumes it. Outside a run the
 * signals do what they always do.
 */
final class GracefulStop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final Map<Signal, SignalHandler> previous = new HashMap<>();

    private GracefulStop(JobOperator operator, String job, PrintStream out) {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal signal = new Signal(name);
            previous.put(signal, Signal.handle(signal, received -> stop(operator, job, name, out)));
        }
    }

    static GracefulStop during(JobOperator operator, String job, PrintStream out) {
        return new GracefulStop(operator, job, out);
    }

    private static void stop(JobOperator operator, String job, String signal, PrintStream out) {
        try {
            for (Long executionId : operator.getRunningExecutions(job)) {
                out.println("SIG" + signal + " received: finishing the current chunk, then stopping execution " + executionId
                        + " (resume it with: restart " + executionId + ")");
                operator.stop(executionId);
            }
        } catch (Exception e) {
            log.warn("Could not stop {} on SIG{}", job, signal, e);
        }
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
