package com.trackingintegration.domain.port;

/**
 * Whether the credentials for one system are accepted. Nothing runs until they are: a job with rejected credentials
 * must not read or send anything.
 */
public interface CredentialCheck {

    Result check();

    /**
     * What the check found. A system that could not be reached said nothing about the credentials: it is not told
     * as a refusal, so nobody rotates a key during an outage.
     */
    enum Outcome { VALID, REFUSED, UNREACHABLE }

    /** @param system the system checked ("VTEX OMS", "VTEX Tracking"); {@code message} never holds a secret */
    record Result(String system, Outcome outcome, String message) {

        public static Result valid(String system, String message) {
            return new Result(system, Outcome.VALID, message);
        }

        public static Result refused(String system, String message) {
            return new Result(system, Outcome.REFUSED, message);
        }

        public static Result unreachable(String system, String message) {
            return new Result(system, Outcome.UNREACHABLE, message);
        }

        public boolean valid() {
            return outcome == Outcome.VALID;
        }
    }
}
