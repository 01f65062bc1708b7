package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.CredentialChecks;
import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.batch.metrics.RunFigures;
import com.trackingintegration.batch.metrics.RunMeasures;
import com.trackingintegration.batch.statussync.StatusSyncJobConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

/**
 * {@code check}, {@code start} and {@code restart}: job parameters and credentials validated before anything runs; the
 * job's run lease taken (one process at a time per job); a job started or restarted and waited for; its report
 * printed; the exit code telling how it ended. An execution left STARTED by a process that was killed (its lease
 * expired) is recovered (marked FAILED) and restarted by the same one command. With {@code --integration.dry-run=true}
 * a run is started as a dry run (the job parameter {@value DryRun#PARAMETER}); a restart goes on as what its run was.
 */
public final class JobCommands {

    private static final Logger log = LoggerFactory.getLogger(JobCommands.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;
    private final CredentialLines credentials;
    private final RunEnd end;
    private final JobExecutions executions;
    private final Clock clock;
    private final Runnable preflight;
    private final JobParameterRules parameterRules;
    private final RunLeases leases;
    private final BooleanSupplier dryRun;
    private final StopRequests stops;
    private final RunMeasures measures;

    /** Jobs that write by nature (statusSync sends the OMS what Tracking says): a dry run of them would read nothing worth it. */
    private static final Set<String> WITHOUT_DRY_RUN = Set.of(StatusSyncJobConfiguration.JOB);

    /**
     * @param preflight       checks the settings every job uses, so a bad one is reported (exit 2) before anything runs
     * @param parameterChecks by job name: the parameters each job takes (a job without one takes none)
     * @param dryRun          whether {@code integration.dry-run} is set now
     * @param stops           the stops asked of this process's runs, applied by their steps
     * @param measures        what the run cost in VTEX calls, for the summary line printed after its report
     */
    public JobCommands(JobOperator operator, JobRepository repository, Map<String, Job> jobs, ObjectProvider<CredentialChecks> credentials,
                       RunReport report, Clock clock, Runnable preflight, Map<String, JobParameterCheck> parameterChecks, RunLeases leases,
                       BooleanSupplier dryRun, StopRequests stops, RunMeasures measures) {
        this.operator = operator;
        this.repository = repository;
        this.jobs = Map.copyOf(jobs);
        this.credentials = new CredentialLines(credentials);
        this.end = new RunEnd(report);
        this.executions = new JobExecutions(operator, repository, jobs.keySet());
        this.clock = clock;
        this.preflight = preflight;
        this.parameterRules = new JobParameterRules(parameterChecks);
        this.leases = leases;
        this.dryRun = dryRun;
        this.stops = stops;
        this.measures = measures;
    }

    public int check(PrintStream out) {
        return credentials.check(out);
    }

    /** {@code start <job> [name=value ...]}: every run is a new instance (a re-run of a window sends nothing new). */
    public int start(String job, Map<String, String> typed, PrintStream out) throws Exception {
        if (!jobs.containsKey(job)) {
            out.println("no job '" + job + "': the jobs are " + String.join(", ", new TreeSet<>(jobs.keySet())));
            return ExitCodes.USAGE;
        }
        boolean dry = dryRun.getAsBoolean();
        if (dry && WITHOUT_DRY_RUN.contains(job)) {
            out.println(job + " has no dry run (it writes to the OMS by nature): start it without --integration.dry-run; nothing was run");
            return ExitCodes.USAGE;
        }
        JobParameterRules.Parsed given = parameterRules.parse(job, typed);
        if (given.refusal().isPresent()) {
            out.println(given.refusal().get());
            return ExitCodes.USAGE;
        }
        preflight.run();
        List<String> notes;
        try {
            notes = parameterRules.check(job, given.values());
        } catch (InvalidConfigurationException bad) {
            out.println("job parameter error: " + bad.getMessage());
            return ExitCodes.USAGE;
        }
        JobParametersBuilder parameters = new JobParametersBuilder();
        given.values().forEach(parameters::addString);
        parameters.addString("run.at", clock.instant().toString());
        if (dry) {
            parameters.addString(DryRun.PARAMETER, "true");
        }
        return leased(job, out, () -> {
            notes.forEach(out::println);
            if (dry) {
                out.println(DryRun.ANNOUNCEMENT);
            }
        }, () -> operator.start(jobs.get(job), parameters.toJobParameters()));
    }

    /**
     * Runs under the job's lease, taken before anything is read, once the credentials are valid; exit 2, in one line
     * naming the running execution, when another process runs the job. What the run announces is printed once, before
     * the launch, which meets a serialization failure of the job repository at most twice ({@link LaunchRetry}).
     */
    private int leased(String job, PrintStream out, Runnable announce, LaunchRetry.Launch launch) throws Exception {
        Optional<HeldLease> lease = leases.take(job, out, this::stopLost);
        if (lease.isEmpty()) {
            return ExitCodes.USAGE;
        }
        try (HeldLease held = lease.get()) {
            int checked = credentials.check(out);
            if (checked != ExitCodes.COMPLETED) {
                return checked;
            }
            try (GracefulStop stop = GracefulStop.during(operator, stops, job, out)) {
                announce.run();
                RunFigures before = measures.now();
                Optional<JobExecution> execution = LaunchRetry.once(job, launch, out);
                if (execution.isEmpty()) {
                    return ExitCodes.FAILED;
                }
                return end.of(execution.get(), measures.record(execution.get(), before), out);
            }
        }
    }

    /**
     * The lease was lost while the run went on: another process may run the job now, so this run stops after its chunk.
     * Asked from the heartbeat's thread, applied by the step's (see {@link StopRequests}).
     */
    private void stopLost(long executionId) {
        stops.request(executionId);
    }

    /** {@code restart <executionId>} or {@code restart <job>} (its latest execution that did not complete). */
    public int restart(String target, PrintStream out) throws Exception {
        Optional<JobExecution> found = executions.toRestart(target);
        if (found.isEmpty()) {
            out.println("no execution to restart for '" + target + "' (run 'executions' to list them)");
            return ExitCodes.USAGE;
        }
        JobExecution last = found.get();
        if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
            out.println("execution " + last.getId() + " of " + last.getJobInstance().getJobName() + " is "
                    + last.getStatus() + ": nothing to restart");
            return ExitCodes.USAGE;
        }
        boolean dry = DryRun.of(last);
        if (!dry && dryRun.getAsBoolean()) {
            // Half of the run done for real, the rest only judged: its outcomes would say done what was never written.
            out.println("execution " + last.getId() + " of " + last.getJobInstance().getJobName() + " is a real run: it cannot go on as a dry run;"
                    + " restart it without --integration.dry-run, or start a new dry run");
            return ExitCodes.USAGE;
        }
        preflight.run();
        return leased(last.getJobInstance().getJobName(), out, () -> {
            if (dry) {
                out.println(DryRun.ANNOUNCEMENT);
            }
        }, () -> {
            // Read again at each attempt: a first attempt may have recovered it before its restart failed.
            JobExecution execution = repository.getJobExecution(last.getId());
            if (execution.getStatus().isRunning()) {
                // This process holds the job's lease: the process that left the execution running lost it (it expired), so it died.
                out.println("execution " + execution.getId() + " was left " + execution.getStatus() + " by a process that stopped; recovering it");
                execution = operator.recover(execution);
            }
            return operator.restart(execution);
        });
    }

    /** Finding, stopping and abandoning executions: {@code executions}, {@code stop}, {@code abandon}. */
    public JobExecutions executions() {
        return executions;
    }
}
