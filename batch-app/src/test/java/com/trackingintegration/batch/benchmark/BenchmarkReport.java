package com.trackingintegration.batch.benchmark;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's runs as a table for people and as JSON for comparing runs, with the machine they ran on. */
final class BenchmarkReport {

    private final List<BenchmarkRun.Result> results;
    private final Duration latency;
    private final int rateLimit;
    private final String heap;

    BenchmarkReport(List<BenchmarkRun.Result> results, Duration latency, int rateLimit, String heap) {
        this.results = results;
        this.latency = latency;
        this.rateLimit = rateLimit;
        this.heap = heap;
    }

    String table() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%nImport benchmark: %s; latency %d ms per request, OMS rate limit %d requests/s, -Xmx%s %s%n",
                machine(), latency.toMillis(), rateLimit, heap, BenchmarkRun.jvmOptions()));
        table.append("| job | orders | set-up | calls at once | orders/s | limit | achieved | OMS calls/order | 429s | peak heap MiB | retained heap MiB | peak RSS MiB | job s | wall s | app CPU s | app CPU s per 1,000 orders | simulator CPU s |\n");
        table.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BenchmarkRun.Result r : results) {
            String retained = r.retainedHeapMiB() == null ? "n/a (under 10 s)" : String.format(Locale.ROOT, "%.0f", r.retainedHeapMiB());
            table.append(String.format(Locale.ROOT, "| %s | %,d | %s | %d | %.1f | %.1f | %.1f%% | %.2f | %d (%.2f%%) | %.0f | %s | %.0f | %.1f | %.1f | %.1f | %.2f | %.1f |%n",
                    r.job(), r.orders(), r.setup(), r.concurrency(), r.ordersPerSecond(), r.limitOrdersPerSecond(), 100 * r.ratio(),
                    r.omsCallsPerOrder(), r.throttled(), 100.0 * r.throttled() / Math.max(1, r.omsRequests()), r.peakHeapMiB(),
                    retained, r.peakRssMiB(), r.jobSeconds(), r.wallSeconds(), r.applicationCpuSeconds(), r.applicationCpuSecondsPer1000Orders(),
                    r.simulatorCpuSeconds()));
        }
        return table.toString();
    }

    String json() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("ranAt", Instant.now().toString());
        report.put("machine", machine());
        report.put("latencyMs", latency.toMillis());
        report.put("omsRateLimitPerSecond", rateLimit);
        report.put("maxHeap", heap);
        report.put("jvmOptions", BenchmarkRun.jvmOptions());
        report.put("loadAverageAtEnd", loadAverage());
        report.put("runs", results);
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(report) + "\n";
    }

    /** The machine's load when the runs ended: figures measured beside other work say so. */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String machine() {
        return String.format(Locale.ROOT, "%d cores, %s, Java %s, %s %s", Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    private static String cpuModel() {
        try {
            return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (java.io.IOException e) {
            return "unknown CPU";
        }
    }
}
