package com.trackingintegration.batch.benchmark;

import com.trackingintegration.demo.SimulatedVtex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of one job of the packaged application, in a child JVM with its own HSQLDB file job repository, against
 * the given simulated VTEX. Measures the child from outside: peak RSS from {@code /proc/<pid>/status} (VmHWM), heap
 * from its GC log, the job's own start and end from its job repository, OMS requests and 429s from the simulator.
 */
final class BenchmarkRun {

    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /**
     * Every 10 s the run's heap is collected in full (jcmd GC.run), so the heap left after it is what the run really
     * holds: without it, G1 lets garbage sit in the old generation for as long as it likes, and the figures would
     * follow its sizing rather than the program. Costs the run a pause of a few tens of milliseconds each time.
     */
    private static final int FULL_GC_EVERY_POLLS = 100;

    private final Path jar;
    private final Path dir;
    private final String heap;
    private final SimulatedVtex vtex;
    private final Duration latency;

    BenchmarkRun(Path jar, Path dir, String heap, SimulatedVtex vtex, Duration latency) {
        this.jar = jar;
        this.dir = dir.toAbsolutePath();
        this.heap = heap;
        this.vtex = vtex;
        this.latency = latency;
    }

    /**
     * The application's JVM options: {@code benchmark.jvm-options}, by default those the README gives for a nightly run
     * at VTEX's pace (C1 only, the serial collector), so the figures are those of the launch an operator is told to use.
     */
    static String jvmOptions() {
        return System.getProperty("benchmark.jvm-options", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC").strip();
    }

    /** What one run measured. Rates are orders a second over the job's own duration (JVM start-up excluded). */
    record Result(String job, int orders, String setup, int concurrency, long imported, double jobSeconds, double wallSeconds,
                  double ordersPerSecond, double omsCallsPerOrder, double limitOrdersPerSecond, double ratio, long omsRequests,
                  long throttled, long servicesReceived, double peakHeapMiB, Double retainedHeapMiB, double peakRssMiB,
                  Map<String, Double> stepSeconds, double applicationCpuSeconds, double applicationCpuSecondsPer1000Orders,
                  double applicationSystemCpuSeconds, double simulatorCpuSeconds, Map<String, Double> applicationCpuSecondsByThread) {
    }

    /** A run that imports every order: each ends IMPORTED, and VTEX Tracking received each once. */
    Result run(String job, int orders, ImportBenchmark.Setup setup, List<String> startArguments) throws Exception {
        return run(job, orders, setup, startArguments, "IMPORTED");
    }

    /**
     * @param outcome what each order's invoice must come to in this run ({@code IN_TRACKING} for a reconcile that finds
     *                everything in order); whatever it is, VTEX Tracking must hold each order's service once, never sent twice
     */
    Result run(String job, int orders, ImportBenchmark.Setup setup, List<String> startArguments, String outcome) throws Exception {
        // The simulator may have served an earlier run on the same job repository: only this run's requests count.
        long omsBefore = vtex.omsRequests();
        long throttledBefore = vtex.throttled();
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path gcLog = dir.resolve("gc.log");
        String url = "jdbc:hsqldb:file:" + dir.resolve("db") + "/tracking-integration;hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true";
        String vtexUrl = vtex.baseUrl().toString();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xlog:gc:file=" + gcLog));
        String jvmOptions = jvmOptions();
        if (!jvmOptions.isEmpty()) {
            command.addAll(List.of(jvmOptions.split("\\s+")));
        }
        if (Boolean.getBoolean("benchmark.profile")) {
            command.add("-XX:StartFlightRecording=filename=" + dir.resolve("profile.jfr") + ",settings=profile");
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "start"));
        command.addAll(startArguments);
        command.addAll(List.of("--spring.datasource.url=" + url, "--logging.file.name=" + dir.resolve("tracking-integration.log"),
                "--vtex.account=benchmark", "--vtex.oms.base-url=" + vtexUrl, "--vtex.oms.app-key=vtexappkey-benchmark",
                "--vtex.oms.app-token=benchmark-token", "--vtex.tracking.base-url=" + vtexUrl + "/receiver",
                "--vtex.tracking.username=benchmark", "--vtex.tracking.password=benchmark", "--integration.invoice-file-required=true",
                "--integration.carriers=Motoboy", "--integration.affiliate-id=BEN", "--integration.erp.inbox=" + inbox,
                "--integration.fetch-concurrency=" + setup.concurrency()));
        command.addAll(setup.applicationArguments());
        Path console = dir.resolve("console.txt");
        System.out.printf("%s, %,d orders, %s: running (%s)%n", job, orders, setup.name(), dir);

        long started = System.nanoTime();
        long harnessTicksBefore = CpuTicks.ofProcess(ProcessHandle.current().pid());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        long peakRssKiB = 0;
        CpuTicks.Threads cpu = new CpuTicks.Threads(process.pid());
        for (int poll = 1; !process.waitFor(100, TimeUnit.MILLISECONDS); poll++) {
            peakRssKiB = Math.max(peakRssKiB, vmHwmKiB(process.pid()));
            if (poll % 5 == 0) {
                cpu.look();
            }
            if (poll % FULL_GC_EVERY_POLLS == 0) {
                forceFullGc(process.pid());
            }
        }
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        double harnessCpuSeconds = CpuTicks.seconds(CpuTicks.ofProcess(ProcessHandle.current().pid()) - harnessTicksBefore);
        String output = Files.readString(console, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("%s exit code; its console:%n%s", job, output).isZero();

        JobFigures figures = JobFigures.read(url, outcome);
        assertThat(figures.status()).as("%s status", job).isEqualTo("COMPLETED");
        assertThat(figures.imported()).as("orders %s", outcome).isEqualTo(orders);
        assertThat(vtex.trackingInvoices()).as("delivery services in VTEX Tracking").hasSize(orders);
        assertThat(vtex.servicesReceived()).as("delivery services VTEX Tracking received, repeats included").isEqualTo(orders);
        assertThat(vtex.tracking().packingListsRemoved()).as("packing lists removed from VTEX Tracking").isZero();

        long omsRequests = vtex.omsRequests() - omsBefore;
        long throttled = vtex.throttled() - throttledBefore;
        long answered = omsRequests - throttled;
        double callsPerOrder = (double) answered / orders;
        double callRate = setup.concurrency() / Math.max(1e-9, seconds(latency));
        if (setup.vtexRateLimit() > 0) {
            callRate = Math.min(callRate, setup.vtexRateLimit());
        }
        double limit = callRate / callsPerOrder;
        double rate = figures.imported() / figures.jobSeconds();
        double[] heapMiB = heapMiB(gcLog);
        Result result = new Result(job, orders, setup.name(), setup.concurrency(), figures.imported(), figures.jobSeconds(), wallSeconds,
                rate, callsPerOrder, limit, rate / limit, omsRequests, throttled, vtex.servicesReceived(), heapMiB[0], heapMiB[1] > 0 ? heapMiB[1] : null,
                peakRssKiB / 1024.0, figures.stepSeconds(), cpu.totalSeconds(), 1000 * cpu.totalSeconds() / orders, cpu.systemSeconds(), harnessCpuSeconds, cpu.byGroup());
        System.out.printf(java.util.Locale.ROOT, "  %.0f orders/s of a %.0f limit (%.0f%%), %d 429s, peak heap %.0f MiB, peak RSS %.0f MiB,"
                + " %.2f app CPU s per 1,000 orders%n", rate, limit, 100 * rate / limit, throttled, heapMiB[0], peakRssKiB / 1024.0, result.applicationCpuSecondsPer1000Orders());
        return result;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void forceFullGc(long pid) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!jcmd.waitFor(10, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("jcmd is needed to measure the retained heap: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The most the process ever had resident, in KiB (0 once it is gone). */
    private static long vmHwmKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // The process ended between two looks: the last figure stands.
        }
        return 0;
    }

    /**
     * From the GC log: the most heap in use before a collection (the peak occupancy, garbage included) and the most
     * left after a full collection (what the run really holds; 0 when the run ended before the first), in MiB.
     */
    static double[] heapMiB(Path gcLog) throws IOException {
        double peak = 0;
        double retained = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher pause = GC_PAUSE.matcher(line);
            if (line.contains("Pause") && pause.find()) {
                peak = Math.max(peak, mib(pause.group(1), pause.group(2)));
                if (line.contains("Pause Full")) {
                    retained = Math.max(retained, mib(pause.group(3), pause.group(4)));
                }
            }
        }
        return new double[] {peak, retained};
    }

    private static double mib(String value, String unit) {
        double amount = Double.parseDouble(value);
        return switch (unit) {
            case "K" -> amount / 1024;
            case "G" -> amount * 1024;
            default -> amount;
        };
    }

    /** The run as its job repository recorded it; {@code imported}: its rows of the outcome asked for. */
    record JobFigures(String status, long imported, double jobSeconds, Map<String, Double> stepSeconds) {

        static JobFigures read(String url, String outcome) throws SQLException {
            try (Connection db = DriverManager.getConnection(url, "SA", ""); Statement sql = db.createStatement()) {
                String status;
                long executionId;
                double jobSeconds;
                try (ResultSet job = sql.executeQuery("SELECT JOB_EXECUTION_ID, STATUS, START_TIME, END_TIME FROM BATCH_JOB_EXECUTION"
                        + " ORDER BY JOB_EXECUTION_ID DESC LIMIT 1")) {
                    assertThat(job.next()).as("a job execution").isTrue();
                    executionId = job.getLong(1);
                    status = job.getString(2);
                    jobSeconds = between(job.getTimestamp(3), job.getTimestamp(4));
                }
                long imported;
                try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM TI_OUTCOME WHERE OUTCOME = '" + outcome + "' AND EXECUTION_ID = " + executionId)) {
                    count.next();
                    imported = count.getLong(1);
                }
                Map<String, Double> steps = new LinkedHashMap<>();
                try (ResultSet step = sql.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = "
                        + executionId + " ORDER BY STEP_EXECUTION_ID")) {
                    while (step.next()) {
                        steps.put(step.getString(1), between(step.getTimestamp(2), step.getTimestamp(3)));
                    }
                }
                return new JobFigures(status, imported, jobSeconds, steps);
            }
        }

        private static double between(java.sql.Timestamp start, java.sql.Timestamp end) {
            return (end.getTime() - start.getTime()) / 1000.0;
        }
    }
}
