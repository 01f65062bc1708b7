package com.trackingintegration.batch.config;

import org.springframework.core.env.PropertySources;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the application checks of its settings before any command runs: no unknown name under {@code vtex.} or
 * {@code integration.}, and every value valid. Everything wrong is told at once, one line each, each naming its
 * property: an operator fixing a cron line should not find the next mistake the next night.
 */
public final class SettingsCheck {

    private final UnknownSettings unknown;
    private final PropertySources sources;

    public SettingsCheck(SettingNames names, PropertySources sources) {
        this.unknown = new UnknownSettings(names);
        this.sources = sources;
    }

    /** @throws InvalidConfigurationException one line for each unknown name and each bad value */
    public void atStart(Settings settings) {
        Set<String> problems = new LinkedHashSet<>(unknown.in(sources));
        for (Runnable check : settings.startChecks()) {
            try {
                check.run();
            } catch (InvalidConfigurationException bad) {
                problems.add(bad.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidConfigurationException.of(List.copyOf(problems));
        }
    }
}
