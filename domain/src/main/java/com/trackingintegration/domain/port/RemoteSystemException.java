package com.trackingintegration.domain.port;

/**
 * A system a port reaches (VTEX's OMS, VTEX Tracking) did not do what it was asked. The adapters say which way it
 * failed with a subclass; the message names the system and the request and says what happened, never a secret.
 */
public abstract class RemoteSystemException extends RuntimeException {

    protected RemoteSystemException(String message, Throwable cause) {
        super(message, cause);
    }
}
