package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.port.ErpOrderInbox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test: a measurement. Reads a 1,000,000-line JSON Lines file through the inbox under a 128 MB heap and reports
 * the rate and the peak heap. Run with {@code ./mvnw -B -pl adapters-erp -am verify -Pbenchmark}; the figures are
 * printed and written to {@code adapters-erp/target/erp-read-benchmark.json}.
 */
@Tag("benchmark")
class ErpReadBenchmark {

    private static final int LINES = 1_000_000;

    @Test
    void reads_a_million_lines_with_a_flat_heap() throws Exception {
        Path inbox = Files.createDirectories(Path.of("target", "benchmark-inbox"));
        Path file = inbox.resolve("million.jsonl");
        String template = ErpFiles.example("orders-example.jsonl").lines().findFirst().orElseThrow();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < LINES; i++) {
                out.write(template.replace("ERP-1001", "ERP-" + i));
                out.write('\n');
            }
        }
        long bytes = Files.size(file);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        long orders = 0;
        long rejected = 0;
        ErpOrderInbox erp = new LocalErpOrderInbox(new ErpInboxSettings(inbox, false));
        try (ErpOrderInbox.Reader reader = erp.open("million.jsonl", 0)) {
            Optional<ErpOrderInbox.Line> line;
            while ((line = reader.next()).isPresent()) {
                if (line.get().order().isPresent()) {
                    orders++;
                } else {
                    rejected++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long maxHeap = Runtime.getRuntime().maxMemory();

        String json = String.format(java.util.Locale.ROOT, "{\"lines\":%d,\"fileMiB\":%.1f,\"orders\":%d,\"rejected\":%d,"
                        + "\"seconds\":%.2f,\"linesPerSecond\":%.0f,\"peakHeapMiB\":%.1f,\"maxHeapMiB\":%.1f,\"cores\":%d,\"java\":\"%s\"}",
                LINES, bytes / 1048576.0, orders, rejected, seconds, LINES / seconds, peakHeap / 1048576.0, maxHeap / 1048576.0,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Files.writeString(Path.of("target", "erp-read-benchmark.json"), json + "\n");
        System.out.println("ERP read benchmark: " + json);
        Files.delete(file);

        assertThat(orders).isEqualTo(LINES);
        assertThat(maxHeap).as("run under -Xmx128m").isLessThanOrEqualTo(128L * 1024 * 1024);
    }
}
