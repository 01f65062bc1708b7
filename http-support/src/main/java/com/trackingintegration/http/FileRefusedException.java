package com.trackingintegration.http;

/**
 * The host answered, but not with a file {@link PublicFiles} takes: asking again would get the same answer, so it is
 * not retried.
 */
public class FileRefusedException extends RemoteCallException {

    /** Why the answer was refused. */
    public enum Why {
        /** The body went past the size cap; the rest of it was never read. */
        TOO_LARGE,
        /** A redirect to another scheme, past the hops allowed, or without a usable {@code Location}. */
        REDIRECT,
        /** The link is not an absolute http or https URL. */
        NOT_HTTP
    }

    private final Why why;

    public FileRefusedException(String system, HttpCall call, int status, Why why, String message) {
        super(system, call, status, message, null);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
