package com.trackingintegration.batch.config;

import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every setting name the application binds, read from its {@code @ConfigurationProperties} records (their components,
 * in Spring's dashed form, {@code @Name} honoured), so a new component is a known name with nothing else to update.
 * A list or an array is known with its indexes ({@code integration.carriers[0]}), a map with any key below it.
 */
public final class SettingNames {

    /** How a known name takes values: one value, indexed values, or keyed values. */
    enum Kind { VALUE, INDEXED, KEYED }

    record Known(ConfigurationPropertyName name, Kind kind) {
    }

    private final List<Known> known;

    private SettingNames(List<Known> known) {
        this.known = List.copyOf(known);
    }

    /** @param records each record bound under its prefix ({@code integration} → IntegrationProperties) */
    public static SettingNames of(Map<String, Class<?>> records) {
        List<Known> known = new ArrayList<>();
        records.forEach((prefix, type) -> walk(ConfigurationPropertyName.of(prefix), type, known));
        known.sort(Comparator.comparing(k -> k.name().toString()));
        return new SettingNames(known);
    }

    private static void walk(ConfigurationPropertyName prefix, Class<?> type, List<Known> known) {
        if (!type.isRecord()) {
            // A developer's error, seen by any test that starts the application: a JavaBean would need its own walk.
            throw new IllegalStateException("settings under " + prefix + " must be bound to a record, was " + type.getName());
        }
        RecordComponent[] components = type.getRecordComponents();
        Parameter[] parameters = canonicalConstructor(type, components).getParameters();
        for (int i = 0; i < components.length; i++) {
            Name renamed = parameters[i].getAnnotation(Name.class);
            String element = renamed != null ? renamed.value() : DataObjectPropertyName.toDashedForm(components[i].getName());
            ConfigurationPropertyName name = prefix.append(element);
            Class<?> componentType = components[i].getType();
            if (componentType.isRecord()) {
                walk(name, componentType, known);
            } else if (Collection.class.isAssignableFrom(componentType) || componentType.isArray()) {
                known.add(new Known(name, Kind.INDEXED));
            } else if (Map.class.isAssignableFrom(componentType)) {
                known.add(new Known(name, Kind.KEYED));
            } else {
                known.add(new Known(name, Kind.VALUE));
            }
        }
    }

    private static Constructor<?> canonicalConstructor(Class<?> type, RecordComponent[] components) {
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record has its canonical constructor: " + type.getName(), e);
        }
    }

    List<Known> known() {
        return known;
    }

    /** The known names, dashed, as the README writes them. */
    public List<String> names() {
        return known.stream().map(k -> k.name().toString()).toList();
    }

    /**
     * The known name nearest to one written, as the README writes it: first one the written name is a group of or a
     * name below ({@code integration.erp} → {@code integration.erp.inbox}), then the fewest edits, case, dashes,
     * underscores and indexes aside.
     */
    public String closestTo(String written) {
        ConfigurationPropertyName adapted = ConfigurationPropertyName.adapt(written, '.');
        String key = comparable(written);
        Comparator<Known> nearest = Comparator.<Known>comparingInt(k -> k.name().isAncestorOf(adapted) || adapted.isAncestorOf(k.name()) ? 0 : 1)
                .thenComparingInt(k -> Levenshtein.distance(comparable(k.name().toString()), key));
        return known.stream().min(nearest).orElseThrow().name().toString();
    }

    /** The environment variable of a known name, in the form the README and the examples use ({@code INTEGRATION_CHUNK_SIZE}). */
    public static String environmentVariable(String name) {
        return name.replaceAll("\\[\\d+]", "").replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** Relaxed forms read alike: {@code integration.chunkSize}, {@code INTEGRATION_CHUNK_SIZE} and {@code integration.chunk-size}. */
    private static String comparable(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\[[^]]*]|_\\d+(?=_|$)", "").replaceAll("[-_.]", "");
    }

    /** Edits (insert, delete, replace) from one name to another: enough to find the name a misspelling meant. */
    static final class Levenshtein {

        private Levenshtein() {
        }

        static int distance(String a, String b) {
            int[] previous = new int[b.length() + 1];
            int[] current = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                current[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                    current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
                }
                int[] swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.length()];
        }
    }
}
