package com.trackingintegration.calls;

import java.time.Duration;

/**
 * Told what each remote call did, for whoever measures them (the application's metrics). This module knows no
 * metrics library: it only says what happened. A call is named by its {@link Call} (system, method, path template),
 * never by its path, which holds order ids and invoice numbers. Every method defaults to doing nothing.
 */
public interface CallObserver {

    /** Observes nothing: a client that nobody measures. */
    CallObserver NONE = new CallObserver() {
    };

    /**
     * A kind of call: one per endpoint, whatever order or invoice it is about.
     *
     * @param pathTemplate the path with its values named ({@code /api/oms/pvt/orders/{orderId}}), without the query
     */
    record Call(String system, String method, String pathTemplate) {
    }

    /**
     * One attempt ended: answered with {@code status}, or 0 when no answer came (a timeout, a refused or reset
     * connection). A call retried twice is three attempts.
     */
    default void attempted(Call call, int status, Duration took) {
    }

    /** The remote system answered 429: it did not take the request, and asks for a slower pace. */
    default void throttled(Call call) {
    }

    /** An attempt failed and the call is sent again, after the backoff or the server's {@code Retry-After}. */
    default void retrying(Call call) {
    }

    /** A request waited its turn under the client's own rate limit before it was sent ({@link Duration#ZERO}: none). */
    default void paced(String system, Duration waited) {
    }
}
