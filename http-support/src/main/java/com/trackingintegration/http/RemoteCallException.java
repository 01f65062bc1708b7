package com.trackingintegration.http;

/**
 * A call to a remote system that did not succeed. The message names the system, the request and what happened,
 * never a header, so never a secret.
 */
public class RemoteCallException extends RuntimeException {

    private final String system;
    private final HttpCall call;
    private final int status;
    private final String what;

    public RemoteCallException(String system, HttpCall call, int status, String message, Throwable cause) {
        super(system + " " + call + ": " + message, cause);
        this.system = system;
        this.call = call;
        this.status = status;
        this.what = message;
    }

    public String system() {
        return system;
    }

    public HttpCall call() {
        return call;
    }

    /** What happened, without the system and the request: for a caller that words its own line. */
    public String what() {
        return what;
    }

    /** The HTTP status of the last answer; 0 when none came (timeout, refused connection). */
    public int status() {
        return status;
    }
}
