package com.trackingintegration.demo;

import java.util.concurrent.atomic.AtomicLong;

/** The simulated VTEX's wire: the latency before each answer, and the OMS's rate limit with what it counted. */
final class SimulatedWire {

    private final SimulatedConditions conditions;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private long currentSecond;
    private int requestsThisSecond;

    SimulatedWire(SimulatedConditions conditions) {
        this.conditions = conditions;
    }

    /** Counts a request as it arrives, as a gateway counts: whether it is over the second's limit. */
    synchronized boolean overLimit() {
        requests.incrementAndGet();
        if (conditions.omsRequestsPerSecond() <= 0) {
            return false;
        }
        long second = System.nanoTime() / 1_000_000_000L;
        if (second != currentSecond) {
            currentSecond = second;
            requestsThisSecond = 0;
        }
        boolean over = ++requestsThisSecond > conditions.omsRequestsPerSecond();
        if (over) {
            throttled.incrementAndGet();
        }
        return over;
    }

    /** The latency of the wire, spent before each answer. */
    void delay() {
        if (!conditions.latency().isZero()) {
            try {
                Thread.sleep(conditions.latency().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    long requests() {
        return requests.get();
    }

    long throttled() {
        return throttled.get();
    }
}
