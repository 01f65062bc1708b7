package com.trackingintegration.domain.port;

/**
 * Whether the credentials for one system are accepted. Nothing runs until they are: a job with rejected credentials
 * must not read or send anything.
 */
public interface CredentialCheck {

    Result check();

    /** @param system the system checked ("VTEX OMS", "VTEX Tracking"); {@code message} never holds a secret */
    record Result(String system, boolean valid, String message) {
    }
}
