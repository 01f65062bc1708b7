package com.trackingintegration.batch.cli;

import org.springframework.batch.core.BatchStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The operator's commands as picocli sees them: names, parameters, options, help. Parsing is picocli's (a wrong or
 * missing argument is a usage error, exit 2, with the command's usage); the work is done by the commands behind them.
 */
final class OperatorCli {

    private OperatorCli() {
    }

    static CommandLine of(Map<String, OperatorCommand> commands, PrintStream out) {
        CommandLine root = new CommandLine(new Root());
        root.addSubcommand("demo", new Simple(commands.get("demo"), out));
        root.addSubcommand("check", new Simple(commands.get("check"), out));
        root.addSubcommand("start", new Start(commands.get("start"), out));
        root.addSubcommand("restart", new Restart(commands.get("restart"), out));
        root.addSubcommand("stop", new ById(commands.get("stop"), out));
        root.addSubcommand("abandon", new ById(commands.get("abandon"), out));
        root.addSubcommand("executions", new Executions(commands.get("executions"), out));
        root.addSubcommand("report", new Report(commands.get("report"), out));
        root.addSubcommand("serve", new Simple(commands.get("serve"), out));
        root.addSubcommand("configure-feed", new Simple(commands.get("configure-feed"), out));
        root.addSubcommand("reset-external", new ResetExternal(commands.get("reset-external"), out));
        root.addSubcommand("order", new Order(commands.get("order"), out));
        root.addSubcommand("replay", new Replay(commands.get("replay"), out));
        root.addSubcommand("purge", new Purge(commands.get("purge"), out));
        describe(root, "demo", "Runs the real jobs against a simulated VTEX and a generated merchant (no VTEX account needed).");
        describe(root, "check", "Checks the credentials of the OMS (one cheap call) and VTEX Tracking (a login). Exit 3 if refused.");
        describe(root, "stop", "Asks a run to finish its chunk and stop (server database; with the HSQLDB file, use SIGTERM).");
        describe(root, "abandon", "Marks a stopped or failed run as never to be restarted.");
        describe(root, "serve", "Runs integration.schedule.jobs at each time of integration.schedule.cron, until stopped.");
        describe(root, "configure-feed", "Creates this app key's Orders Feed for orders reaching 'invoiced'.");
        return root;
    }

    private static void describe(CommandLine root, String command, String description) {
        root.getSubcommands().get(command).getCommandSpec().usageMessage().description(description);
    }

    @Command(name = "java -jar tracking-integration.jar", mixinStandardHelpOptions = true,
            description = "Gets a VTEX merchant's deliverable orders into VTEX Tracking. Properties: --name=value (see README).",
            footer = "Exit codes: 0 completed, 1 failed, 2 usage or configuration error, 3 credentials rejected, 4 stopped, 5 VTEX unreachable,"
                    + " 7 reconcile found what a person must act on.")
    static final class Root implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return ExitCodes.USAGE;
        }
    }

    /** A command run with its arguments as the operator typed them. */
    abstract static class Delegating implements Callable<Integer> {
        private final OperatorCommand command;
        private final PrintStream out;

        Delegating(OperatorCommand command, PrintStream out) {
            this.command = command;
            this.out = out;
        }

        abstract List<String> arguments();

        @Override
        public Integer call() throws Exception {
            return command.run(arguments(), out);
        }
    }

    @Command(mixinStandardHelpOptions = true)
    static final class Simple extends Delegating {
        Simple(OperatorCommand command, PrintStream out) {
            super(command, out);
        }

        @Override
        List<String> arguments() {
            return List.of();
        }
    }

    @Command(mixinStandardHelpOptions = true, description = "Checks the credentials, runs a job, waits for it and prints its report.")
    static final class Start extends Delegating {
        @Parameters(index = "0", paramLabel = "JOB", description = "nativeImport, externalImport, statusSync or reconcile")
        String job;
        @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "job parameters, e.g. from=2026-11-20T00:00:00Z")
        List<String> parameters = new ArrayList<>();

        Start(OperatorCommand command, PrintStream out) {
            super(command, out);
        }

        @Override
        List<String> arguments() {
            List<String> all = new ArrayList<>(List.of(job));
            all.addAll(parameters);
            return all;
        }
    }

    @Command(mixinStandardHelpOptions = true, description = "Restarts a failed or stopped run where it stopped (recovering one a killed process left STARTED).")
    static final class Restart extends Delegating {
        @Parameters(index = "0", paramLabel = "EXECUTION_ID|JOB")
        String target;

        Restart(OperatorCommand command, PrintStream out) {
            super(command, out);
        }

        @Override
        List<String> arguments() {
            return List.of(target);
        }
    }

    @Command(mixinStandardHelpOptions = true)
    static final class ById extends Delegating {
        @Parameters(index = "0", paramLabel = "EXECUTION_ID")
        long executionId;

        ById(OperatorCommand command, PrintStream out) {
            super(command, out);
        }

        @Override
        List<String> arguments() {
            return List.of(String.valueOf(executionId));
        }
    }

    @Command(mixinStandardHelpOptions = true, description = "Puts an external order that ended FAILED back to its last good step,"
            + " for the next externalImport run. Exit 2 if the order is unknown or not FAILED.")
    static final class ResetExternal extends Delegating {
        @Parameters(index = "0", paramLabel = "ERP_ORDER_ID", description = "the order's erpOrderId in the ERP file (its OMS id without the affiliate)")
        String erpOrderId;

        ResetExternal(OperatorCommand command, PrintStream out) {
            super(command, out);
        }

        @Override
        List<String> arguments() {
            return List.of(erpOrderId);
        }
    }

    @Command(mixinStandardHelpOptions = true, description = "The whole story of one order across runs: every outcome, the ledger by invoice,"
            + " whether it waits; read-only. Exit 2 if no run has seen it.")
    static final class Order extends Delegating {
        @Parameters(index = "0", paramLabel = "ORDER_ID", description = "the order's OMS id (an external order's ERP id is found too)")
        String orderId;
        @Option(names = "--live", description = "also what VTEX Tracking holds for its invoices now (needs the Tracking credentials)")
        boolean live;

        Order(OperatorCommand command, PrintStream out) {
            super(command, out);
        }

        @Override
        List<String> arguments() {
            return live ? List.of(orderId, "--live") : List.of(orderId);
        }
    }

    @Command(mixinStandardHelpOptions = true, description = "Reads one order from the OMS now, judges it as nativeImport does and sends what"
            + " changed, once (a replayOrder run, never beside nativeImport). Exit 0 sent or nothing new, 1 refused by VTEX.")
    static final class Replay extends Delegating {
        @Parameters(index = "0", paramLabel = "ORDER_ID", description = "the order's OMS id")
        String orderId;
        @Option(names = "--dry-run", description = "shows the decision, sends and writes nothing but the run's outcomes")
        boolean dryRun;

        Replay(OperatorCommand command, PrintStream out) {
            super(command, out);
        }

        @Override
        List<String> arguments() {
            return dryRun ? List.of(orderId, "--dry-run") : List.of(orderId);
        }
    }

    @Command(mixinStandardHelpOptions = true, description = "Deletes the finished job runs, their outcomes and the settled ledger history older"
            + " than N days, never what a restart or the exactly-once rules need (docs/operations.md, Retention). Refused while a job runs.")
    static final class Purge extends Delegating {
        @Option(names = "--older-than", required = true, paramLabel = "<N>d", description = "whole days, e.g. 90d")
        String olderThan;
        @Option(names = PurgeCommand.DRY_RUN, description = "counts what would be deleted, deletes nothing")
        boolean dryRun;

        Purge(OperatorCommand command, PrintStream out) {
            super(command, out);
        }

        @Override
        List<String> arguments() {
            return dryRun ? List.of(olderThan, PurgeCommand.DRY_RUN) : List.of(olderThan);
        }
    }

    @Command(mixinStandardHelpOptions = true, description = "Lists the latest executions, newest first.")
    static final class Executions extends Delegating {
        @Parameters(index = "0", arity = "0..1", paramLabel = "JOB")
        String job;
        @Option(names = "--status", paramLabel = "STATUS", description = "COMPLETED, FAILED, STOPPED, STARTED or ABANDONED")
        BatchStatus status;

        Executions(OperatorCommand command, PrintStream out) {
            super(command, out);
        }

        @Override
        List<String> arguments() {
            List<String> all = new ArrayList<>();
            if (job != null) {
                all.add(job);
            }
            if (status != null) {
                all.addAll(List.of("--status", status.name()));
            }
            return all;
        }
    }

    @Command(mixinStandardHelpOptions = true, description = "Orders and invoices of a run by outcome and reason.")
    static final class Report extends Delegating {
        @Parameters(index = "0", paramLabel = "EXECUTION_ID")
        long executionId;
        @Option(names = "--json", description = "the counts as JSON")
        boolean json;
        @Option(names = "--orders", description = "every order's outcome as CSV: orderId,invoiceNumber,outcome,reason,detail")
        boolean orders;

        Report(OperatorCommand command, PrintStream out) {
            super(command, out);
        }

        @Override
        List<String> arguments() {
            List<String> all = new ArrayList<>(List.of(String.valueOf(executionId)));
            if (json) {
                all.add("--json");
            }
            if (orders) {
                all.add("--orders");
            }
            return all;
        }
    }
}
