package com.trackingintegration.http;

/**
 * The remote system refused the caller, not the request (401: the credentials; 403: their permissions). It would
 * refuse every other request alike, so it is never an item's own problem: it is not a {@link ClientErrorException},
 * which jobs report per order, and a job meeting it fails, recording nothing for the request, to be restarted once
 * the key is fixed.
 */
public class AccessRefusedException extends RemoteCallException {

    private final String detail;

    public AccessRefusedException(String system, HttpCall call, int status, String message, Throwable cause) {
        super(system, call, status, message, cause);
        this.detail = message;
    }

    static AccessRefusedException of(String system, HttpCall call, HttpReply reply) {
        String what = reply.status() == 401 ? "the credentials were refused" : "the credentials lack the permission this request needs";
        return new AccessRefusedException(system, call, reply.status(), "answered " + reply.status() + ": " + what
                + (reply.excerpt().isEmpty() ? "" : " (" + reply.excerpt() + ")"), null);
    }

    /** The same refusal, with what the operator should check: the setting or the permission to fix. */
    public AccessRefusedException advising(String advice) {
        return new AccessRefusedException(system(), call(), status(), detail + ": " + advice, this);
    }

    /** Whether a new login may help: a 401 on a token that may have lapsed, not a 403. */
    public boolean credentialsRefused() {
        return status() == 401;
    }
}
