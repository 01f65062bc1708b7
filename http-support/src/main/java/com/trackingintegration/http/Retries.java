package com.trackingintegration.http;

import dev.failsafe.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * The one retry rule of every remote call, JSON or file: exponential backoff with jitter on 5xx, timeouts and
 * connection errors for the calls safe to repeat; on 429 a wait of at least the server's {@code Retry-After}; a
 * bounded number of attempts. Shared so that a file fetched from a merchant's host is as patient as a VTEX call.
 */
final class Retries {

    private static final Logger log = LoggerFactory.getLogger(Retries.class);

    private static final double JITTER = 0.25;

    private Retries() {
    }

    /**
     * @param system the name the log lines give the remote system
     * @param head   the status and headers of an attempt's result (its body is not needed to decide)
     * @param onRetry told before each new attempt
     */
    static <R> RetryPolicy<R> policy(HttpSettings settings, Clock clock, String system, HttpCall call, Function<R, HttpReply> head,
                                     Runnable onRetry) {
        return RetryPolicy.<R>builder()
                .handleIf((result, failure) -> failure == null ? worthRetrying(call, head.apply(result)) : failure instanceof IOException)
                .withMaxAttempts(settings.maxAttempts())
                .withBackoff(settings.firstBackoff(), settings.maxBackoff())
                .withJitter(JITTER)
                .withDelayFn(context -> retryAfter(settings, clock, system, call,
                        context.getLastResult() == null ? null : head.apply(context.getLastResult())))
                .onRetry(event -> {
                    log.warn("{} {}: {}; attempt {} of {} failed, trying again", system, call,
                            event.getLastException() == null ? "answered " + head.apply(event.getLastResult()).status()
                                    : describe(event.getLastException()), event.getAttemptCount(), settings.maxAttempts());
                    onRetry.run();
                })
                .build();
    }

    /** A 429 was not taken; a 5xx to a request that is not idempotent may have been, and is not sent again. */
    private static boolean worthRetrying(HttpCall call, HttpReply reply) {
        return reply.status() == 429 || (reply.status() >= 500 && call.idempotent());
    }

    /**
     * The server's Retry-After when it gave one (a 429); otherwise a negative value lets the backoff decide.
     * Failsafe applies its jitter to this delay as well: asking for 4/3 of the server's wait keeps the actual wait
     * at or above it (the jitter is 25% either way), and spreads apart clients that were throttled together.
     */
    private static Duration retryAfter(HttpSettings settings, Clock clock, String system, HttpCall call, HttpReply reply) {
        if (reply == null) {
            return Duration.ofMillis(-1);
        }
        Duration wait = RetryAfter.of(reply, clock).orElse(Duration.ofMillis(-1));
        if (wait.compareTo(settings.maxRetryAfter()) > 0) {
            throw new RemoteUnavailableException(system, call, reply.status(),
                    "asked to wait " + wait.toSeconds() + " s before retrying, more than the " + settings.maxRetryAfter().toSeconds() + " s allowed", null);
        }
        return wait.isNegative() ? wait : wait.multipliedBy(4).dividedBy(3);
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
