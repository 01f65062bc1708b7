package com.trackingintegration.batch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time from {@code /proc}: a process's user + system time, and its threads' grouped by name (numbers taken out,
 * so a pool's threads add up), in clock ticks of 1/100 s (Linux's USER_HZ). Where the time goes, without a profiler.
 */
final class CpuTicks {

    private static final double TICKS_PER_SECOND = 100.0;

    private CpuTicks() {
    }

    static double seconds(long ticks) {
        return ticks / TICKS_PER_SECOND;
    }

    /** User + system ticks of a process, all its threads together (0 once it is gone). */
    static long ofProcess(long pid) {
        return ticks(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    /** Accumulates what a running process's threads used, as seen by successive looks at {@code /proc}. */
    static final class Threads {
        private final long pid;
        private final Map<String, Long> ticksByThread = new TreeMap<>();
        private final Map<String, String> nameByThread = new TreeMap<>();
        private long total;
        private long system;

        Threads(long pid) {
            this.pid = pid;
        }

        /** One more look. A thread that ended keeps what it had used when last seen. */
        void look() {
            try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
                tasks.forEach(task -> {
                    String stat = read(task.resolve("stat"));
                    if (!stat.isEmpty()) {
                        String id = task.getFileName().toString();
                        nameByThread.put(id, stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "N"));
                        ticksByThread.merge(id, ticksOf(stat), Math::max);
                    }
                });
                // One read for both: the process's user + system ticks, and its system (kernel) ticks alone.
                String process = read(Path.of("/proc", String.valueOf(pid), "stat"));
                if (!process.isEmpty()) {
                    total = Math.max(total, ticksOf(process));
                    system = Math.max(system, Long.parseLong(fields(process)[12]));
                }
            } catch (IOException | java.io.UncheckedIOException gone) {
                // The process ended: what was seen last stands.
            }
        }

        double totalSeconds() {
            return seconds(total);
        }

        double systemSeconds() {
            return seconds(system);
        }

        /** The ten thread groups (names without their numbers) that used the most, in seconds, most first. */
        Map<String, Double> byGroup() {
            Map<String, Long> groups = new TreeMap<>();
            ticksByThread.forEach((id, ticks) -> groups.merge(nameByThread.get(id), ticks, Long::sum));
            Map<String, Double> top = new LinkedHashMap<>();
            groups.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(10)
                    .forEach(e -> top.put(e.getKey(), seconds(e.getValue())));
            return top;
        }
    }

    private static long ticks(Path stat) {
        String line = read(stat);
        return line.isEmpty() ? 0 : ticksOf(line);
    }

    /** utime and stime: the 14th and 15th fields, counted after the command name (which may hold spaces). */
    private static long ticksOf(String stat) {
        String[] fields = fields(stat);
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static String[] fields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException gone) {
            return "";
        }
    }
}
