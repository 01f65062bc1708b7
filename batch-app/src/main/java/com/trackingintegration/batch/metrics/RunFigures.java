package com.trackingintegration.batch.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.Search;

import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * What VTEX calls a run cost, system by system: calls (attempts), 429s, retries, time waited for the pace. Read as
 * the difference of the meters' totals after and before the run, which holds for a one-shot {@code start} or
 * {@code restart}: the process runs that one job. The pace is rounded to a tenth of a second once, here, so the
 * summary line and the report's JSON show the same figure.
 */
public record RunFigures(List<SystemFigures> systems) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record SystemFigures(String system, long calls, long throttled, long retried, double pacedSeconds) {
    }

    public RunFigures {
        systems = List.copyOf(systems);
    }

    /** The meters' totals so far, by system. */
    public static RunFigures totals(MeterRegistry registry) {
        Map<String, double[]> bySystem = new TreeMap<>();
        add(bySystem, registry.find(VtexCallMeters.CALLS), 0, meter -> ((Timer) meter).count());
        add(bySystem, registry.find(VtexCallMeters.THROTTLED), 1, meter -> ((Counter) meter).count());
        add(bySystem, registry.find(VtexCallMeters.RETRIES), 2, meter -> ((Counter) meter).count());
        add(bySystem, registry.find(VtexCallMeters.PACE), 3,
                meter -> ((Timer) meter).totalTime(TimeUnit.NANOSECONDS));
        return new RunFigures(bySystem.entrySet().stream().map(e -> new SystemFigures(e.getKey(), (long) e.getValue()[0],
                (long) e.getValue()[1], (long) e.getValue()[2], e.getValue()[3] / 1e9)).toList());
    }

    private static void add(Map<String, double[]> bySystem, Search search, int figure, ToDoubleFunction<Meter> value) {
        search.meters().forEach(meter -> bySystem.computeIfAbsent(meter.getId().getTag("system"), system -> new double[4])[figure]
                += value.applyAsDouble(meter));
    }

    /** What was counted since {@code before}: a run's own figures. Systems the run did not call are left out. */
    public RunFigures since(RunFigures before) {
        Map<String, SystemFigures> earlier = before.systems.stream().collect(Collectors.toMap(SystemFigures::system, s -> s));
        return new RunFigures(systems.stream().map(now -> {
            SystemFigures then = earlier.getOrDefault(now.system(), new SystemFigures(now.system(), 0, 0, 0, 0));
            return new SystemFigures(now.system(), now.calls() - then.calls(), now.throttled() - then.throttled(),
                    now.retried() - then.retried(), Math.round((now.pacedSeconds() - then.pacedSeconds()) * 10) / 10.0);
        }).filter(s -> s.calls() > 0).toList());
    }

    /** {@code VTEX: OMS 1,234 calls (3 throttled, 5 retried, 12.3 s paced), Tracking 45 calls (...); 2m03s} */
    public String line(Duration took) {
        String calls = systems.isEmpty() ? "no calls" : systems.stream().map(s -> String.format(Locale.US,
                "%s %,d calls (%,d throttled, %,d retried, %.1f s paced)", s.system().replaceFirst("^VTEX ", ""), s.calls(),
                s.throttled(), s.retried(), s.pacedSeconds())).collect(Collectors.joining(", "));
        return "VTEX: " + calls + "; " + String.format(Locale.ROOT, "%dm%02ds", took.toMinutes(), took.toSecondsPart());
    }

    /** {@code {"durationSeconds":123,"vtex":[{"system":"VTEX OMS","calls":1234,...}]}}: the same figures as {@link #line}. */
    public String json(Duration took) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("durationSeconds", took.toSeconds());
        json.put("vtex", systems);
        return JSON.writeValueAsString(json);
    }
}
