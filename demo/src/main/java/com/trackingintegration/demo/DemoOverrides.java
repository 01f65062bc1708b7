package com.trackingintegration.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The operator's settings that name one the demo sets itself, in any of the forms Spring binds to it (relaxed names on
 * the command line, {@code SPRING_DATASOURCE_URL} in the environment): the demo replaces them by its own and says so,
 * by name only.
 */
final class DemoOverrides {

    private DemoOverrides() {
    }

    /** {@code --name=value}'s name; nothing for a command or an option of one. */
    static Optional<String> propertyName(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 2 ? Optional.of(arg.substring(2, equals)) : Optional.empty();
    }

    static boolean sets(Collection<String> demoNames, String name) {
        return demoNames.stream().map(DemoOverrides::canonical).anyMatch(canonical(name)::equals);
    }

    /** The names, as the operator gave them, of the settings the demo replaces: command-line ones, then the environment's. */
    static List<String> ignored(Collection<String> demoNames, String[] args, Map<String, String> environment) {
        List<String> ignored = new ArrayList<>();
        for (String arg : args) {
            propertyName(arg).filter(name -> sets(demoNames, name)).map(name -> "--" + name).filter(name -> !ignored.contains(name))
                    .ifPresent(ignored::add);
        }
        ignored.addAll(new TreeSet<>(environment.keySet().stream().filter(name -> sets(demoNames, name)).toList()));
        return ignored;
    }

    /** The same for every form Spring binds to one setting: {@code vtex.oms.app-token}, {@code app_token}, {@code VTEX_OMS_APPTOKEN}. */
    private static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]", "");
    }
}
