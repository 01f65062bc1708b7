package com.trackingintegration.http;

/**
 * A request that is not safe to repeat reached the remote system, and its answer was lost (a timeout, a connection
 * reset after sending, a 5xx): it may have been carried out or not. It is not sent again blindly; the caller asks
 * the remote system what it holds before sending again. Left unresolved, it is a reason to fail and be restarted,
 * as any unavailability.
 */
public class OutcomeUnknownException extends RemoteUnavailableException {

    public OutcomeUnknownException(String system, HttpCall call, int status, String what, Throwable cause) {
        super(system, call, status, what + "; not sent again, since it may have been taken", cause);
    }
}
