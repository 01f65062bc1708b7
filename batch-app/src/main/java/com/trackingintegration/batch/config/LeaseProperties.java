package com.trackingintegration.batch.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code integration.lease.*}: a running job's lease in the job repository is renewed every {@code heartbeat} and
 * lasts {@code duration}; a process killed mid-run leaves a lease that expires {@code duration} after its last
 * heartbeat, and only then can its run be restarted by another process.
 */
@ConfigurationProperties("integration.lease")
public record LeaseProperties(@DefaultValue("60s") Duration duration, @DefaultValue("20s") Duration heartbeat) {

    public LeaseProperties {
        if (heartbeat.isNegative() || heartbeat.isZero() || duration.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new InvalidConfigurationException("integration.lease.heartbeat must be positive and at most half of integration.lease.duration"
                    + " (a lease must survive a late heartbeat), were " + heartbeat + " and " + duration);
        }
    }
}
