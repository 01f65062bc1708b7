package com.trackingintegration.domain.port;

/**
 * The system could not be reached, kept failing or throttling past every retry, or its answer was lost when asking
 * again was not safe: the request may work later, and a restart finds out what was done.
 */
public final class SystemUnavailableException extends RemoteSystemException {

    public SystemUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
