package com.trackingintegration.batch.config;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

import java.util.Map;
import java.util.TreeMap;

/**
 * The check of the settings at start ({@link SettingsCheck}). The known names are those of every
 * {@code @ConfigurationProperties} bean bound under {@code vtex} or {@code integration}, found by their annotation: a
 * new settings record is known without being listed anywhere.
 */
@Configuration(proxyBeanMethods = false)
public class SettingsCheckConfiguration {

    @Bean
    SettingsCheck settingsCheck(ListableBeanFactory beans, ConfigurableEnvironment environment) {
        Map<String, Class<?>> records = new TreeMap<>();
        for (String name : beans.getBeanNamesForAnnotation(ConfigurationProperties.class)) {
            ConfigurationProperties annotation = beans.findAnnotationOnBean(name, ConfigurationProperties.class);
            Class<?> type = beans.getType(name, false);
            String prefix = annotation == null ? "" : annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            if (type != null && (prefix.equals("vtex") || prefix.startsWith("vtex.") || prefix.equals("integration") || prefix.startsWith("integration."))) {
                records.put(prefix, type);
            }
        }
        return new SettingsCheck(SettingNames.of(records), environment.getPropertySources());
    }
}
