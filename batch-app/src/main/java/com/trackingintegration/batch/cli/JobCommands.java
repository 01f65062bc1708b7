package com.trackingintegration.batch.cli;

import com.trackingintegration.domain.port.RemoteSystemException;
import com.trackingintegration.batch.config.CredentialChecks;
import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.batch.metrics.RunFigures;
import com.trackingintegration.batch.metrics.RunMeasures;
import com.trackingintegration.batch.statussync.StatusSyncJobConfiguration;
import com.trackingintegration.domain.port.CredentialCheck;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * {@code check}, {@code start} and {@code restart}: job parameters and credentials validated before anything runs; the
 * job's run lease taken (one process at a time per job); a job started or restarted and waited for; its report
 * printed; the exit code telling how it ended. An execution left STARTED by a process that was killed (its lease
 * expired) is recovered (marked FAILED) and restarted by the same one command. With {@code --integration.dry-run=true}
 * a run is started as a dry run (the job parameter {@value DryRun#PARAMETER}); a restart goes on as what its run was.
 */
public final class JobCommands {

    private static final Logger log = LoggerFactory.getLogger(JobCommands.class);

    /** How each credential check's line starts: "REFUSED" only when VTEX said no to the credentials. */
    private static final Map<CredentialCheck.Outcome, String> LABELS = Map.of(CredentialCheck.Outcome.VALID, "ok      ",
            CredentialCheck.Outcome.REFUSED, "REFUSED ", CredentialCheck.Outcome.UNREACHABLE, "UNREACHABLE ");

    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, Job> jobs;
    private final ObjectProvider<CredentialChecks> credentials;
    private final RunReport report;
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
        this.credentials = credentials;
        this.report = report;
        this.clock = clock;
        this.preflight = preflight;
        this.parameterRules = new JobParameterRules(parameterChecks);
        this.leases = leases;
        this.dryRun = dryRun;
        this.stops = stops;
        this.measures = measures;
    }

    public int check(List<String> arguments, PrintStream out) {
        return credentials(out);
    }

    /** {@code start <job> [name=value ...]}: every run is a new instance (a re-run of a window sends nothing new). */
    public int start(List<String> arguments, PrintStream out) throws Exception {
        if (arguments.isEmpty() || !jobs.containsKey(arguments.get(0))) {
            out.println("usage: start <job> [name=value ...]   jobs: " + String.join(", ", jobs.keySet()));
            return ExitCodes.USAGE;
        }
        String job = arguments.get(0);
        boolean dry = dryRun.getAsBoolean();
        if (dry && WITHOUT_DRY_RUN.contains(job)) {
            out.println(job + " has no dry run (it writes to the OMS by nature): start it without --integration.dry-run; nothing was run");
            return ExitCodes.USAGE;
        }
        JobParameterRules.Parsed given = parameterRules.parse(job, arguments.subList(1, arguments.size()));
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
        Optional<RunLeases.HeldLease> lease = leases.take(job, out, this::stopLost);
        if (lease.isEmpty()) {
            return ExitCodes.USAGE;
        }
        try (RunLeases.HeldLease held = lease.get()) {
            int credentials = credentials(out);
            if (credentials != ExitCodes.COMPLETED) {
                return credentials;
            }
            try (GracefulStop stop = GracefulStop.during(operator, stops, job, out)) {
                announce.run();
                RunFigures before = measures.now();
                Optional<JobExecution> execution = LaunchRetry.once(job, launch, out);
                if (execution.isEmpty()) {
                    return ExitCodes.FAILED;
                }
                return finished(execution.get(), measures.record(execution.get(), before), out);
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
    public int restart(List<String> arguments, PrintStream out) throws Exception {
        if (arguments.size() != 1) {
            out.println("usage: restart <executionId> | restart <job>");
            return ExitCodes.USAGE;
        }
        Optional<JobExecution> found = find(arguments.get(0));
        if (found.isEmpty()) {
            out.println("no execution to restart for '" + arguments.get(0) + "' (run 'executions' to list them)");
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

    /**
     * {@code stop <executionId>} from another process (a server database): the run finishes its current chunk, then
     * ends STOPPED, restartable. Only the execution's status is written (STOPPING), through the job repository: the
     * running process's step reads it back when it commits its chunk, and stops itself. {@code JobOperator.stop} would
     * also write the running step's execution, which that step's own thread updates at the same time: one of the two
     * updates would then fail on the version check (see {@link StopRequests}).
     */
    public int stop(List<String> arguments, PrintStream out) throws Exception {
        if (arguments.size() != 1 || !arguments.get(0).matches("\\d+")) {
            out.println("usage: stop <executionId>");
            return ExitCodes.USAGE;
        }
        JobExecution execution = repository.getJobExecution(Long.parseLong(arguments.get(0)));
        if (execution == null || !execution.isRunning()) {
            out.println(execution == null ? "no execution " + arguments.get(0) + " (run 'executions' to list them)"
                    : "execution " + execution.getId() + " of " + execution.getJobInstance().getJobName() + " is " + execution.getStatus()
                      + ": it is not running, nothing to stop");
            return ExitCodes.USAGE;
        }
        execution.setStatus(BatchStatus.STOPPING);
        repository.update(execution);
        out.println("stop requested: execution " + arguments.get(0) + " finishes its current chunk, then ends STOPPED (resume it with restart)");
        return ExitCodes.COMPLETED;
    }

    /** {@code abandon <executionId>}: a stopped or failed run that must never be restarted. */
    public int abandon(List<String> arguments, PrintStream out) throws Exception {
        if (arguments.size() != 1 || !arguments.get(0).matches("\\d+")) {
            out.println("usage: abandon <executionId>");
            return ExitCodes.USAGE;
        }
        JobExecution execution = operator.abandon(Long.parseLong(arguments.get(0)));
        out.println("execution " + execution.getId() + " of " + execution.getJobInstance().getJobName() + " is " + execution.getStatus());
        return ExitCodes.COMPLETED;
    }

    private Optional<JobExecution> find(String idOrJob) {
        if (idOrJob.matches("\\d+")) {
            return Optional.ofNullable(repository.getJobExecution(Long.parseLong(idOrJob)));
        }
        if (!jobs.containsKey(idOrJob)) {
            return Optional.empty();
        }
        return repository.getJobInstances(idOrJob, 0, 20).stream()
                .map(repository::getJobExecutions).flatMap(List::stream)
                .filter(e -> e.getStatus() != BatchStatus.COMPLETED && e.getStatus() != BatchStatus.ABANDONED)
                .max(Comparator.comparing(JobExecution::getId));
    }

    private int finished(JobExecution execution, String summary, PrintStream out) {
        report.print(execution.getId(), out, false, false);
        out.println(summary);
        if (execution.getStatus() == BatchStatus.FAILED) {
            String cause = execution.getAllFailureExceptions().stream().map(JobCommands::rootCause).findFirst().orElse("see the log");
            out.println("FAILED: " + cause);
            out.println("fix the cause, then: restart " + execution.getId());
            log.error("Execution {} failed", execution.getId(), execution.getAllFailureExceptions().stream().findFirst().orElse(null));
        }
        if (execution.getStatus() == BatchStatus.COMPLETED && report.needsAttention(execution.getId())) {
            return ExitCodes.ATTENTION;
        }
        return ExitCodes.of(execution.getStatus());
    }

    /** What the operator must fix: the call that failed, not the batch machinery that carried the failure up. */
    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof RemoteSystemException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /**
     * One line per system; 0 when every system accepts its credentials, 3 when one refuses them, else 5 when one
     * could not be reached. A refusal comes first: it needs a fix whatever the outage; an outage alone says nothing
     * about the keys, so it is not told as a refusal.
     */
    private int credentials(PrintStream out) {
        CredentialChecks checks;
        try {
            checks = credentials.getObject();
        } catch (org.springframework.beans.BeansException e) {
            Throwable cause = e.getMostSpecificCause();
            if (cause instanceof InvalidConfigurationException) {
                throw (InvalidConfigurationException) cause;
            }
            throw e;
        }
        List<CredentialCheck.Result> results = checks.run();
        results.forEach(r -> out.println(LABELS.get(r.outcome()) + r.system() + ": " + r.message()));
        if (results.stream().anyMatch(r -> r.outcome() == CredentialCheck.Outcome.REFUSED)) {
            return ExitCodes.CREDENTIALS_REJECTED;
        }
        if (results.stream().anyMatch(r -> r.outcome() == CredentialCheck.Outcome.UNREACHABLE)) {
            return ExitCodes.UNREACHABLE;
        }
        return ExitCodes.COMPLETED;
    }

    /** The latest executions, newest first, for {@code executions}. */
    public List<JobExecution> latest(Optional<String> job, Optional<BatchStatus> status, int max) {
        return jobs.keySet().stream().filter(name -> job.map(name::equals).orElse(true))
                .flatMap(name -> repository.getJobInstances(name, 0, max).stream())
                .map(repository::getJobExecutions).flatMap(List::stream)
                .filter(e -> status.map(s -> e.getStatus() == s).orElse(true))
                .sorted(Comparator.comparing(JobExecution::getId).reversed()).limit(max).collect(Collectors.toList());
    }
}
