package com.trackingintegration.batch.config;

import com.trackingintegration.batch.config.SettingNames.Known;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names under {@code vtex.} and {@code integration.} that no setting binds: a misspelling, silently ignored by
 * Spring otherwise ({@code --integration.carrier=Motoboy} for {@code carriers}, and every carrier's services sent).
 *
 * <p>A name is known when Spring itself would bind it to a known setting: each name is looked up as its own source
 * of the same kind, with Spring's mapping, so every relaxed form Spring accepts ({@code chunk_size}, {@code chunkSize},
 * {@code INTEGRATION_CHUNK_SIZE}) is accepted here and nothing else is. Boot's own {@code ignoreUnknownFields=false} is
 * not used: it leaves environment variables unchecked and names no closest setting.
 *
 * <p>Environment variables: every {@code VTEX_*} and {@code INTEGRATION_*} variable is checked like a command-line
 * name, since an ambiguous one ({@code INTEGRATION_ERP_INBOX}: {@code erp.inbox} or {@code erp-inbox}?) is known as soon as
 * Spring binds it to one known setting. Only the variables Kubernetes and Docker add for a service named
 * {@code vtex-*} or {@code integration-*} ({@code *_SERVICE_HOST}, {@code *_SERVICE_PORT*}, {@code *_PORT*}) are passed
 * over: no setting ends so, and they are not the operator's to fix. The JVM's system properties are not checked: they
 * are not a way to give settings that the README offers. Values are never read nor shown: they may be secrets.
 */
final class UnknownSettings {

    private static final Set<String> PREFIXES = Set.of("vtex", "integration");
    private static final Pattern SERVICE_LINK = Pattern.compile(
            "(?i).+_(SERVICE_HOST|SERVICE_PORT(_\\w+)?|PORT(_\\d+_(TCP|UDP|SCTP)(_(ADDR|PORT|PROTO))?)?)");
    private static final Pattern FILE_NAME = Pattern.compile("\\[(.+?)]");

    private final SettingNames names;

    UnknownSettings(SettingNames names) {
        this.names = names;
    }

    /** One line for each unknown name, naming where it was written and the known name it most likely meant. */
    List<String> in(PropertySources sources) {
        List<String> problems = new ArrayList<>();
        for (PropertySource<?> source : sources) {
            if (!(source instanceof EnumerablePropertySource<?> enumerable) || isJvms(source)) {
                continue;
            }
            boolean environment = source instanceof SystemEnvironmentPropertySource;
            for (String name : enumerable.getPropertyNames()) {
                if (environment ? isUnknownVariable(name) : isUnknownProperty(name)) {
                    problems.add(environment ? variableLine(name) : propertyLine(name, where(source)));
                }
            }
        }
        return problems;
    }

    /** The JVM's system properties are its own and its tools' (the build sets {@code vtex.contracts.dir}), not the operator's settings. */
    private static boolean isJvms(PropertySource<?> source) {
        return source.getName().equals(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    }

    private boolean isUnknownVariable(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        boolean ours = PREFIXES.stream().anyMatch(prefix -> upper.startsWith(prefix.toUpperCase(Locale.ROOT) + "_"));
        return ours && !SERVICE_LINK.matcher(name).matches() && !isKnown(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(name, "?")));
    }

    private boolean isUnknownProperty(String name) {
        ConfigurationPropertyName adapted = ConfigurationPropertyName.adapt(name, '.');
        boolean ours = !adapted.isEmpty() && PREFIXES.contains(adapted.getElement(0, ConfigurationPropertyName.Form.UNIFORM));
        return ours && !isKnown(new MapPropertySource("one", Map.of(name, "?")));
    }

    /** As Spring binds: a value by its name, a list by its indexes, a map by anything under it. */
    private boolean isKnown(PropertySource<?> one) {
        ConfigurationPropertySource source = ConfigurationPropertySource.from(one);
        for (Known known : names.known()) {
            boolean bound = switch (known.kind()) {
                case VALUE -> source.getConfigurationProperty(known.name()) != null;
                case INDEXED -> source.getConfigurationProperty(known.name()) != null
                        || (source.containsDescendantOf(known.name()) == ConfigurationPropertyState.PRESENT && indexesOnly(source));
                case KEYED -> source.containsDescendantOf(known.name()) == ConfigurationPropertyState.PRESENT;
            };
            if (bound) {
                return true;
            }
        }
        return false;
    }

    private static boolean indexesOnly(ConfigurationPropertySource source) {
        return source instanceof IterableConfigurationPropertySource iterable && iterable.stream().allMatch(ConfigurationPropertyName::isLastElementIndexed);
    }

    private String propertyLine(String name, String where) {
        return "unknown setting " + name + " (" + where + "): did you mean " + names.closestTo(name) + "?";
    }

    private String variableLine(String name) {
        String closest = names.closestTo(name);
        return "unknown setting " + name + " (environment variable): did you mean " + SettingNames.environmentVariable(closest) + " (" + closest + ")?";
    }

    private static String where(PropertySource<?> source) {
        if (source.getName().equals("commandLineArgs")) {
            return "command line";
        }
        Matcher file = FILE_NAME.matcher(source.getName());
        return file.find() ? file.group(1) : source.getName();
    }
}
