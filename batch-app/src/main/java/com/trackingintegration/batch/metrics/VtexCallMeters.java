package com.trackingintegration.batch.metrics;

import com.trackingintegration.calls.CallObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/**
 * Every VTEX call as Micrometer meters, for the monitor and for a run's summary. A call is tagged by its system, its
 * method and its path template ({@code /api/oms/pvt/orders/{orderId}}), never its path: an order id or an invoice
 * number in a tag would make a series per order and carry business data into the monitor.
 */
public final class VtexCallMeters implements CallObserver {

    /** Each attempt, by system, method, path and status ({@value #NO_ANSWER}: a timeout or a lost connection). */
    public static final String CALLS = "vtex.calls";
    /** Each 429, by system, method and path. */
    public static final String THROTTLED = "vtex.calls.throttled";
    /** Each attempt sent again, by system, method and path. */
    public static final String RETRIES = "vtex.calls.retries";
    /** Each wait of a request for its turn under the client's own rate limit, by system. */
    public static final String PACE = "vtex.pace.wait";

    static final String NO_ANSWER = "none";

    private final MeterRegistry registry;

    public VtexCallMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void attempted(Call call, int status, Duration took) {
        Timer.builder(CALLS).description("VTEX calls, one per attempt")
                .tags("system", call.system(), "method", call.method(), "path", call.pathTemplate())
                .tag("status", status == 0 ? NO_ANSWER : String.valueOf(status))
                .register(registry).record(took);
    }

    @Override
    public void throttled(Call call) {
        counter(THROTTLED, "VTEX answers 429 (too many requests)", call).increment();
    }

    @Override
    public void retrying(Call call) {
        counter(RETRIES, "VTEX calls sent again after a failed attempt", call).increment();
    }

    @Override
    public void paced(String system, Duration waited) {
        Timer.builder(PACE).description("Time a VTEX request waited for its turn under the configured rate limit")
                .tag("system", system).register(registry).record(waited);
    }

    private Counter counter(String name, String description, Call call) {
        return Counter.builder(name).description(description)
                .tags("system", call.system(), "method", call.method(), "path", call.pathTemplate()).register(registry);
    }
}
