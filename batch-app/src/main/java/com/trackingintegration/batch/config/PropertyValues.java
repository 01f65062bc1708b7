package com.trackingintegration.batch.config;

import com.trackingintegration.domain.nfe.Cnpj;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** How a property's value is checked and converted: a bad one is one line that names its property. */
final class PropertyValues {

    private PropertyValues() {
    }

    /**
     * A missing credential points to the environment, not to a command-line flag: a secret on the command line ends in
     * cron logs and in {@code ps}.
     */
    static void require(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationException(property + " is required: set the environment variable "
                    + SettingNames.environmentVariable(property) + " (or " + property + " in the application.properties beside the jar)");
        }
    }

    static <T> T checked(String property, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            // A message that names its property already says where to look.
            boolean named = message.startsWith(property) || message.startsWith("vtex.") || message.startsWith("integration.");
            throw new InvalidConfigurationException(named ? message : property + ": " + message);
        }
    }

    static Duration positive(String property, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new InvalidConfigurationException(property + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * A comma list of CNPJs. A bad one is named by its place in the list and as written: a CNPJ identifies a company,
     * not a person, so showing it is no leak, and it is what the operator must find and fix. Blank entries (a trailing
     * comma) are no CNPJ and are passed over.
     */
    static Set<Cnpj> cnpjs(String property, List<String> written) {
        Set<Cnpj> cnpjs = new LinkedHashSet<>();
        for (int i = 0; i < written.size(); i++) {
            String value = written.get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                cnpjs.add(Cnpj.parse(value));
            } catch (IllegalArgumentException e) {
                throw new InvalidConfigurationException(property + ": value " + (i + 1) + " of " + written.size() + " ('" + value
                        + "') is not a CNPJ: " + e.getMessage());
            }
        }
        return cnpjs;
    }
}
