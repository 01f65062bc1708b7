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
 * While a job runs in this process, SIGTERM (kill, Kubernetes) and SIGINT (Ctrl-C) ask it to stop: the current chunk
 * finishes and commits, the execution ends STOPPED, and {@code restart} resumes it. The signal's thread only raises the
 * request ({@link StopRequests}); the step's own thread applies it, so nothing updates the execution but the run
 * itself. Outside a run the signals do what they always do.
 */
final class GracefulStop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final Map<Signal, SignalHandler> previous = new HashMap<>();

    private GracefulStop(JobOperator operator, StopRequests stops, String job, PrintStream out) {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal signal = new Signal(name);
            previous.put(signal, Signal.handle(signal, received -> stop(operator, stops, job, name, out)));
        }
    }

    /** @param operator only read, for the running execution's id: never asked to stop it (see {@link StopRequests}) */
    static GracefulStop during(JobOperator operator, StopRequests stops, String job, PrintStream out) {
        return new GracefulStop(operator, stops, job, out);
    }

    private static void stop(JobOperator operator, StopRequests stops, String job, String signal, PrintStream out) {
        try {
            for (Long executionId : operator.getRunningExecutions(job)) {
                out.println("SIG" + signal + " received: finishing the current chunk, then stopping execution " + executionId
                        + " (resume it with: restart " + executionId + ")");
                stops.request(executionId);
            }
        } catch (Exception e) {
            out.println("SIG" + signal + " received, but the running execution of " + job + " could not be found: " + e.getMessage()
                    + " (the stack trace is in the log file)");
            log.warn("Could not stop {} on SIG{}", job, signal, e);
        }
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
