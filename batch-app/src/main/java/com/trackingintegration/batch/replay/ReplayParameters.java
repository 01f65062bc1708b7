package com.trackingintegration.batch.replay;

import com.trackingintegration.batch.cli.JobParameterCheck;
import com.trackingintegration.batch.config.DryRun;
import com.trackingintegration.batch.config.InvalidConfigurationException;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * replayOrder's parameters: the order to replay, and whether it is a dry run ({@code replay --dry-run} passes it, as
 * {@code --integration.dry-run=true} does for any job, so that the execution itself says what it was).
 */
final class ReplayParameters implements JobParameterCheck {

    @Override
    public String job() {
        return ReplayJobConfiguration.JOB;
    }

    @Override
    public Set<String> names() {
        return Set.of(ReplayJobConfiguration.ORDER_ID, DryRun.PARAMETER);
    }

    @Override
    public List<String> check(Map<String, String> parameters) {
        String orderId = parameters.getOrDefault(ReplayJobConfiguration.ORDER_ID, "");
        if (orderId.isBlank()) {
            throw new InvalidConfigurationException(ReplayJobConfiguration.ORDER_ID + " is required: the OMS id of the order to replay");
        }
        String dry = parameters.getOrDefault(DryRun.PARAMETER, "false");
        if (!dry.equals("true") && !dry.equals("false")) {
            throw new InvalidConfigurationException(DryRun.PARAMETER + " is true or false, was '" + dry + "'");
        }
        return List.of();
    }
}
