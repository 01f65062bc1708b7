package com.trackingintegration.domain.port;

/**
 * The system answered, and refused this request: its message carries the system's answer (VTEX's status and error),
 * which may quote personal data back, so a caller that keeps it masks it first. Asked again the same way, it would
 * answer the same: the refusal belongs to this order or this update, not to the run.
 */
public final class RequestRefusedException extends RemoteSystemException {

    public RequestRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
