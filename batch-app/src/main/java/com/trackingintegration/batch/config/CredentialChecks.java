package com.trackingintegration.batch.config;

import com.trackingintegration.domain.port.CredentialCheck;

import java.util.List;

/** Every system whose credentials must be valid before a job reads or sends anything. */
public record CredentialChecks(List<CredentialCheck> checks) {

    /** Every result, in order; stops at none, so the operator sees all that is wrong at once. */
    public List<CredentialCheck.Result> run() {
        return checks.stream().map(CredentialCheck::check).toList();
    }
}
