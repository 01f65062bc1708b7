package com.trackingintegration.batch.metrics;

import com.trackingintegration.calls.CallObserver;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The observer's events as the meters a monitor scrapes, and a run's figures as the difference of their totals. */
class VtexCallMetersTest {

    private static final CallObserver.Call GET_ORDER = new CallObserver.Call("VTEX OMS", "GET", "/api/oms/pvt/orders/{orderId}");
    private static final CallObserver.Call SEND_SERVICES = new CallObserver.Call("VTEX Tracking", "POST", "/services");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final VtexCallMeters meters = new VtexCallMeters(registry);

    @Test
    void each_attempt_is_timed_by_system_method_path_template_and_status_and_429s_and_retries_are_counted_by_call() {
        meters.attempted(GET_ORDER, 429, Duration.ofMillis(40));
        meters.throttled(GET_ORDER);
        meters.retrying(GET_ORDER);
        meters.attempted(GET_ORDER, 200, Duration.ofMillis(60));
        meters.attempted(SEND_SERVICES, 0, Duration.ofSeconds(3));

        assertThat(registry.get("vtex.calls").tags("system", "VTEX OMS", "method", "GET", "path", "/api/oms/pvt/orders/{orderId}", "status", "429")
                .timer().count()).isEqualTo(1);
        assertThat(registry.get("vtex.calls").tags("path", "/api/oms/pvt/orders/{orderId}", "status", "200").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(60);
        assertThat(registry.get("vtex.calls").tags("system", "VTEX Tracking", "status", "none").timer().count())
                .as("an attempt without an answer").isEqualTo(1);
        assertThat(registry.get("vtex.calls.throttled").tags("system", "VTEX OMS", "method", "GET", "path", "/api/oms/pvt/orders/{orderId}")
                .counter().count()).isEqualTo(1);
        assertThat(registry.get("vtex.calls.retries").tags("system", "VTEX OMS", "method", "GET", "path", "/api/oms/pvt/orders/{orderId}")
                .counter().count()).isEqualTo(1);
    }

    @Test
    void the_wait_for_the_pace_is_timed_by_system() {
        meters.paced("VTEX OMS", Duration.ZERO);
        meters.paced("VTEX OMS", Duration.ofMillis(250));

        assertThat(registry.get("vtex.pace.wait").tag("system", "VTEX OMS").timer().count()).isEqualTo(2);
        assertThat(registry.get("vtex.pace.wait").tag("system", "VTEX OMS").timer().totalTime(TimeUnit.MILLISECONDS)).isEqualTo(250);
    }

    @Test
    void a_runs_figures_are_what_was_counted_during_it_and_its_line_and_json_say_the_same() {
        meters.attempted(GET_ORDER, 200, Duration.ofMillis(5));
        meters.paced("VTEX OMS", Duration.ofSeconds(4));
        RunFigures before = RunFigures.totals(registry);

        for (int i = 0; i < 1233; i++) {
            meters.attempted(GET_ORDER, 200, Duration.ofMillis(5));
        }
        meters.attempted(GET_ORDER, 429, Duration.ofMillis(5));
        meters.throttled(GET_ORDER);
        meters.retrying(GET_ORDER);
        meters.paced("VTEX OMS", Duration.ofMillis(12_340));
        meters.attempted(SEND_SERVICES, 200, Duration.ofMillis(5));
        RunFigures run = RunFigures.totals(registry).since(before);

        Duration took = Duration.ofSeconds(123);
        assertThat(run.line(took)).isEqualTo("VTEX: OMS 1,234 calls (1 throttled, 1 retried, 12.3 s paced), Tracking 1 calls (0 throttled, 0 retried, 0.0 s paced); 2m03s");
        assertThat(run.json(took)).isEqualTo("{\"durationSeconds\":123,\"vtex\":["
                + "{\"system\":\"VTEX OMS\",\"calls\":1234,\"throttled\":1,\"retried\":1,\"pacedSeconds\":12.3},"
                + "{\"system\":\"VTEX Tracking\",\"calls\":1,\"throttled\":0,\"retried\":0,\"pacedSeconds\":0.0}]}");
        assertThat(RunFigures.totals(registry).since(RunFigures.totals(registry)).line(Duration.ofSeconds(1)))
                .as("a run that called nothing").isEqualTo("VTEX: no calls; 0m01s");
    }

    /** Meter ids are compared in full: any other tag key would be a new series the monitor never asked for. */
    @Test
    void the_meters_carry_no_tag_but_system_method_path_and_status() {
        meters.attempted(GET_ORDER, 200, Duration.ofMillis(5));
        meters.throttled(GET_ORDER);
        meters.retrying(GET_ORDER);
        meters.paced("VTEX OMS", Duration.ZERO);

        assertThat(registry.getMeters()).extracting(Meter::getId).allSatisfy(id -> assertThat(id.getTags())
                .extracting(tag -> tag.getKey()).isSubsetOf("system", "method", "path", "status"));
    }
}
