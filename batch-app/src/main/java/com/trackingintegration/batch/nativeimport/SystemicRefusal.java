package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.port.DeliveryServices.SendResult;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The breaker: half a chunk or more refused alike is a cause to fix (a permission, an account, a setting), not that
 * many bad orders. Recording them one by one as REJECTED would count a whole night as done, and a window once read
 * is not read again; failing the chunk instead leaves nothing of it recorded, to be restarted once the cause is fixed
 * (the operator's command adds "fix the cause, then: restart N" under the message).
 *
 * <p>Ten refusals alike at least: a small chunk (the last of a run, or a chunk size of a few) cannot tell a cause
 * from two deleted orders, and a breaker that trips on those would stop every restart on them again.
 */
public final class SystemicRefusal extends RuntimeException {

    static final int AT_LEAST = 10;

    private SystemicRefusal(String message) {
        super(message);
    }

    /** Before anything of the chunk is sent or recorded: the orders the OMS refused, by kind of refusal. */
    public static void checkOms(List<? extends OrderDecision> decisions) {
        long orders = decisions.stream().map(OrderDecision::orderId).distinct().count();
        Map<String, Long> refused = decisions.stream().filter(d -> !d.refusal().isEmpty()).collect(Collectors.groupingBy(OrderDecision::refusal,
                Collectors.collectingAndThen(Collectors.mapping(OrderDecision::orderId, Collectors.toSet()), set -> (long) set.size())));
        trip(refused, orders, (kind, count) -> "VTEX OMS refused " + count + " of " + orders + " orders of this chunk alike (" + kind
                + "): the run stops before any of them is sent or recorded");
    }

    /**
     * After the send, before anything is recorded: the services VTEX Tracking refused with the same answer. Their
     * PENDING marks stay, and the restart finds they are not in Tracking and sends them again.
     */
    public static void checkTracking(Collection<SendResult> results) {
        Map<String, Long> refused = results.stream().filter(r -> !r.accepted())
                .collect(Collectors.groupingBy(SendResult::message, Collectors.counting()));
        trip(refused, results.size(), (kind, count) -> "VTEX Tracking refused " + count + " of " + results.size()
                + " delivery services of this chunk alike (" + kind + "): the run stops before any of them is recorded");
    }

    private static void trip(Map<String, Long> refusedByKind, long total, BiFunction<String, Long, String> message) {
        refusedByKind.entrySet().stream().filter(kind -> kind.getValue() >= AT_LEAST && 2 * kind.getValue() >= total).findFirst()
                .ifPresent(kind -> {
                    throw new SystemicRefusal(message.apply(kind.getKey(), kind.getValue()));
                });
    }
}
