package com.trackingintegration.domain.port;

/**
 * The system refused the credentials, or they lack the permission for the request: nothing the run does will work
 * until the merchant fixes them, so it stops. The message says which key or user and what to fix.
 */
public final class AccessDeniedException extends RemoteSystemException {

    public AccessDeniedException(String message, Throwable cause) {
        super(message, cause);
    }
}
