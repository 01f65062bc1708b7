package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.CredentialChecks;
import com.trackingintegration.batch.config.InvalidConfigurationException;
import com.trackingintegration.domain.port.CredentialCheck;
import org.springframework.beans.factory.ObjectProvider;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code check}, and the check before every run: whether each VTEX system takes its credentials, one line each. */
final class CredentialLines {

    /** How each credential check's line starts: "REFUSED" only when VTEX said no to the credentials. */
    private static final Map<CredentialCheck.Outcome, String> LABELS = Map.of(CredentialCheck.Outcome.VALID, "ok      ",
            CredentialCheck.Outcome.REFUSED, "REFUSED ", CredentialCheck.Outcome.UNREACHABLE, "UNREACHABLE ");

    private final ObjectProvider<CredentialChecks> credentials;

    /** @param credentials the checks, made only when asked for: their settings are checked then */
    CredentialLines(ObjectProvider<CredentialChecks> credentials) {
        this.credentials = credentials;
    }

    /**
     * One line per system; 0 when every system accepts its credentials, 3 when one refuses them, else 5 when one
     * could not be reached. A refusal comes first: it needs a fix whatever the outage; an outage alone says nothing
     * about the keys, so it is not told as a refusal.
     */
    int check(PrintStream out) {
        CredentialChecks checks;
        try {
            checks = credentials.getObject();
        } catch (org.springframework.beans.BeansException e) {
            Throwable cause = e.getMostSpecificCause();
            if (cause instanceof InvalidConfigurationException) {
                throw (InvalidConfigurationException) cause;
            }
            throw e;
        }
        List<CredentialCheck.Result> results = checks.run();
        results.forEach(r -> out.println(LABELS.get(r.outcome()) + r.system() + ": " + r.message()));
        if (results.stream().anyMatch(r -> r.outcome() == CredentialCheck.Outcome.REFUSED)) {
            return ExitCodes.CREDENTIALS_REJECTED;
        }
        if (results.stream().anyMatch(r -> r.outcome() == CredentialCheck.Outcome.UNREACHABLE)) {
            return ExitCodes.UNREACHABLE;
        }
        return ExitCodes.COMPLETED;
    }
}
