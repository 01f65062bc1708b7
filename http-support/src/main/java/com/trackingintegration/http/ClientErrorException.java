package com.trackingintegration.http;

/**
 * The remote system refused the request itself (4xx other than 429): trying again would get the same answer, so it
 * is not retried. For a job this is a per-order failure to report, not a reason to stop.
 */
public class ClientErrorException extends RemoteCallException {

    private final String body;

    public ClientErrorException(String system, HttpCall call, HttpReply reply) {
        super(system, call, reply.status(), "answered " + reply.status() + (reply.excerpt().isEmpty() ? "" : ": " + reply.excerpt()), null);
        this.body = reply.body();
    }

    public String body() {
        return body;
    }
}
