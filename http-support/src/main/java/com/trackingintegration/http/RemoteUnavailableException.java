package com.trackingintegration.http;

/**
 * The remote system did not answer usefully however often it was asked (5xx, 429, timeouts, refused connections):
 * for a job this means "down for now", a reason to fail and be restarted later, not to skip the order.
 */
public class RemoteUnavailableException extends RemoteCallException {

    public RemoteUnavailableException(String system, HttpCall call, int status, String message, Throwable cause) {
        super(system, call, status, message, cause);
    }
}
