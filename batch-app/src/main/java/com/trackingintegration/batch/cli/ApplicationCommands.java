package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.demo.DemoCommand;
import com.trackingintegration.batch.schedule.NightlyRuns;
import com.trackingintegration.domain.port.OrderFeedSetup;
import org.springframework.batch.core.BatchStatus;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The operator's commands, each handed to the class that does its work. */
final class ApplicationCommands implements OperatorCommands {

    private final DemoCommand demo;
    private final JobCommands jobs;
    private final RunReport report;
    private final NightlyRuns serve;
    private final Supplier<OrderFeedSetup> feed;
    private final ResetExternalCommand resetExternal;
    private final OrderCommand order;
    private final ReplayCommand replay;
    private final PurgeCommand purge;
    private final ExecutionsCommand executions;

    /** @param feed the Orders Feed's set-up, made only for {@code configure-feed} (its settings are checked then) */
    ApplicationCommands(DemoCommand demo, JobCommands jobs, RunReport report, NightlyRuns serve, Supplier<OrderFeedSetup> feed,
                        ResetExternalCommand resetExternal, OrderCommand order, ReplayCommand replay, PurgeCommand purge) {
        this.demo = demo;
        this.jobs = jobs;
        this.report = report;
        this.serve = serve;
        this.feed = feed;
        this.resetExternal = resetExternal;
        this.order = order;
        this.replay = replay;
        this.purge = purge;
        this.executions = new ExecutionsCommand(jobs.executions());
    }

    @Override
    public int demo(PrintStream out) throws Exception {
        return demo.run(out);
    }

    @Override
    public int check(PrintStream out) {
        return jobs.check(out);
    }

    @Override
    public int start(String job, Map<String, String> parameters, PrintStream out) throws Exception {
        return jobs.start(job, parameters, out);
    }

    @Override
    public int restart(String target, PrintStream out) throws Exception {
        return jobs.restart(target, out);
    }

    @Override
    public int stop(long executionId, PrintStream out) {
        return jobs.executions().stop(executionId, out);
    }

    @Override
    public int abandon(long executionId, PrintStream out) throws Exception {
        return jobs.executions().abandon(executionId, out);
    }

    @Override
    public int executions(Optional<String> job, Optional<BatchStatus> status, PrintStream out) {
        return executions.run(job, status, out);
    }

    @Override
    public int report(long executionId, boolean json, boolean orders, PrintStream out) {
        return report.command(executionId, json, orders, out);
    }

    @Override
    public int serve(PrintStream out) throws Exception {
        return serve.run(out);
    }

    @Override
    public int configureFeed(PrintStream out) {
        Duration kept = feed.get().configure();
        out.println("Orders Feed configured for this app key: orders reaching 'invoiced', kept " + kept.toDays() + " days");
        return ExitCodes.COMPLETED;
    }

    @Override
    public int resetExternal(String erpOrderId, PrintStream out) {
        return resetExternal.run(erpOrderId, out);
    }

    @Override
    public int order(String orderId, boolean live, PrintStream out) {
        return order.run(orderId, live, out);
    }

    @Override
    public int replay(String orderId, boolean dryRun, PrintStream out) throws Exception {
        return replay.run(orderId, dryRun, out);
    }

    @Override
    public int purge(String olderThan, boolean dryRun, PrintStream out) {
        return purge.run(olderThan, dryRun, out);
    }
}
