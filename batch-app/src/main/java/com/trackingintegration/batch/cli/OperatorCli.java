package com.trackingintegration.batch.cli;

import org.springframework.batch.core.BatchStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The operator's commands as picocli sees them: names, parameters, options, help, each a method whose arguments
 * picocli parses and types (a wrong or missing argument is a usage error, exit 2, with the command's usage); the
 * work is done by {@link OperatorCommands}, which gets the typed values and never reads the command line again.
 */
@Command(name = "java -jar tracking-integration.jar", mixinStandardHelpOptions = true,
        description = "Gets a VTEX merchant's deliverable orders into VTEX Tracking. Properties: --name=value (see README).",
        footer = "Exit codes: 0 completed, 1 failed, 2 usage or configuration error, 3 credentials rejected, 4 stopped, 5 VTEX unreachable,"
                + " 7 reconcile found what a person must act on.")
final class OperatorCli implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    private final OperatorCommands commands;
    private final PrintStream out;

    private OperatorCli(OperatorCommands commands, PrintStream out) {
        this.commands = commands;
        this.out = out;
    }

    static CommandLine of(OperatorCommands commands, PrintStream out) {
        return new CommandLine(new OperatorCli(commands, out));
    }

    /** No command: the commands and the exit codes. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Runs the real jobs against a simulated VTEX and a generated merchant (no VTEX account needed).")
    int demo() throws Exception {
        return commands.demo(out);
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks the credentials of the OMS (one cheap call) and VTEX Tracking (a login). Exit 3 if refused.")
    int check() {
        return commands.check(out);
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Checks the credentials, runs a job, waits for it and prints its report.")
    int start(@Parameters(index = "0", paramLabel = "JOB", description = "nativeImport, externalImport, statusSync or reconcile") String job,
              @Parameters(index = "1..*", arity = "0..*", paramLabel = "NAME=VALUE", description = "the job's parameters: nativeImport and"
                      + " reconcile take from=<instant> to=<instant> (e.g. from=2026-11-20T00:00:00Z), the others none") Map<String, String> parameters)
            throws Exception {
        return commands.start(job, parameters == null ? Map.of() : new LinkedHashMap<>(parameters), out);
    }

    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = "Restarts a failed or stopped run where it stopped (recovering one a killed process left STARTED).")
    int restart(@Parameters(index = "0", paramLabel = "EXECUTION_ID|JOB") String target) throws Exception {
        return commands.restart(target, out);
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Asks a run to finish its chunk and stop (server database; with the HSQLDB file, use SIGTERM).")
    int stop(@Parameters(index = "0", paramLabel = "EXECUTION_ID") long executionId) {
        return commands.stop(executionId, out);
    }

    @Command(name = "abandon", mixinStandardHelpOptions = true, description = "Marks a stopped or failed run as never to be restarted.")
    int abandon(@Parameters(index = "0", paramLabel = "EXECUTION_ID") long executionId) throws Exception {
        return commands.abandon(executionId, out);
    }

    @Command(name = "executions", mixinStandardHelpOptions = true, description = "Lists the latest executions, newest first.")
    int executions(@Parameters(index = "0", arity = "0..1", paramLabel = "JOB") String job,
                   @Option(names = "--status", paramLabel = "STATUS", description = "COMPLETED, FAILED, STOPPED, STARTED or ABANDONED")
                   BatchStatus status) {
        return commands.executions(Optional.ofNullable(job), Optional.ofNullable(status), out);
    }

    @Command(name = "report", mixinStandardHelpOptions = true, description = "Orders and invoices of a run by outcome and reason.")
    int report(@Parameters(index = "0", paramLabel = "EXECUTION_ID") long executionId,
               @Option(names = "--json", description = "the counts as JSON") boolean json,
               @Option(names = "--orders", description = "every order's outcome as CSV: orderId,invoiceNumber,outcome,reason,detail") boolean orders) {
        return commands.report(executionId, json, orders, out);
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Runs integration.schedule.jobs at each time of integration.schedule.cron, until stopped.")
    int serve() throws Exception {
        return commands.serve(out);
    }

    @Command(name = "configure-feed", mixinStandardHelpOptions = true, description = "Creates this app key's Orders Feed for orders reaching 'invoiced'.")
    int configureFeed() {
        return commands.configureFeed(out);
    }

    @Command(name = "reset-external", mixinStandardHelpOptions = true, description = "Puts an external order that ended FAILED back to its"
            + " last good step, for the next externalImport run. Exit 2 if the order is unknown or not FAILED.")
    int resetExternal(@Parameters(index = "0", paramLabel = "ERP_ORDER_ID",
            description = "the order's erpOrderId in the ERP file (its OMS id without the affiliate)") String erpOrderId) {
        return commands.resetExternal(erpOrderId, out);
    }

    @Command(name = "order", mixinStandardHelpOptions = true, description = "The whole story of one order across runs: every outcome,"
            + " the ledger by invoice, whether it waits; read-only. Exit 2 if no run has seen it.")
    int order(@Parameters(index = "0", paramLabel = "ORDER_ID", description = "the order's OMS id (an external order's ERP id is found too)")
              String orderId,
              @Option(names = "--live", description = "also what VTEX Tracking holds for its invoices now (needs the Tracking credentials)")
              boolean live) {
        return commands.order(orderId, live, out);
    }

    @Command(name = "replay", mixinStandardHelpOptions = true, description = "Reads one order from the OMS now, judges it as nativeImport"
            + " does and sends what changed, once (a replayOrder run, never beside nativeImport). Exit 0 sent or nothing new, 1 refused by VTEX.")
    int replay(@Parameters(index = "0", paramLabel = "ORDER_ID", description = "the order's OMS id") String orderId,
               @Option(names = "--dry-run", description = "shows the decision, sends and writes nothing but the run's outcomes") boolean dryRun)
            throws Exception {
        return commands.replay(orderId, dryRun, out);
    }

    @Command(name = "purge", mixinStandardHelpOptions = true, description = "Deletes the finished job runs, their outcomes and the settled"
            + " ledger history older than N days, never what a restart or the exactly-once rules need (docs/operations.md, Retention)."
            + " Refused while a job runs.")
    int purge(@Option(names = "--older-than", required = true, paramLabel = "<N>d", description = "whole days, e.g. 90d") String olderThan,
              @Option(names = "--dry-run", description = "counts what would be deleted, deletes nothing") boolean dryRun) {
        return commands.purge(olderThan, dryRun, out);
    }
}
