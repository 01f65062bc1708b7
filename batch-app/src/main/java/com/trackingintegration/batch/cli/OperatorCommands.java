package com.trackingintegration.batch.cli;

import org.springframework.batch.core.BatchStatus;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's commands, each with the typed values picocli parsed from its words ({@link OperatorCli}); nothing
 * behind them reads the command line again. Each returns the process exit code ({@link ExitCodes}).
 */
public interface OperatorCommands {

    int demo(PrintStream out) throws Exception;

    int check(PrintStream out);

    /** @param parameters the job parameters as typed ({@code from=...}), checked against those the job takes */
    int start(String job, Map<String, String> parameters, PrintStream out) throws Exception;

    /** @param target an execution id, or a job's name (its latest run that did not complete) */
    int restart(String target, PrintStream out) throws Exception;

    int stop(long executionId, PrintStream out);

    int abandon(long executionId, PrintStream out) throws Exception;

    int executions(Optional<String> job, Optional<BatchStatus> status, PrintStream out);

    int report(long executionId, boolean json, boolean orders, PrintStream out);

    int serve(PrintStream out) throws Exception;

    int configureFeed(PrintStream out);

    int resetExternal(String erpOrderId, PrintStream out);

    int order(String orderId, boolean live, PrintStream out);

    int replay(String orderId, boolean dryRun, PrintStream out) throws Exception;

    /** @param olderThan the age as typed ({@code 90d}) */
    int purge(String olderThan, boolean dryRun, PrintStream out);
}
