package com.trackingintegration.batch.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The job parameters an operator typed after {@code start <job>}, checked before a run starts: only those the job
 * knows (a typo is not an ignored parameter), with values its check accepts. A name that looks like a secret is
 * refused first, and its value never repeated: job parameters are stored in the job repository and shown by its
 * reports, where a credential must never go.
 */
final class JobParameterRules {

    private static final Pattern SECRET = Pattern.compile("(?i).*(token|password|passwd|secret|key|credential).*");

    private final Map<String, JobParameterCheck> checks;

    /** @param checks by job name; a job without one takes no parameter */
    JobParameterRules(Map<String, JobParameterCheck> checks) {
        this.checks = Map.copyOf(checks);
    }

    /** The parameters as typed, name → value (picocli split them), or the one line refusing them. */
    Parsed parse(String job, Map<String, String> typed) {
        Map<String, String> given = new LinkedHashMap<>(typed);
        for (String name : given.keySet()) {
            if (SECRET.matcher(name).matches()) {
                return Parsed.refused("job parameter '" + name + "' looks like a secret, refused (its value is not shown): credentials are"
                        + " properties, set in the environment or application.properties, never job parameters, which the job repository keeps");
            }
        }
        Set<String> known = Optional.ofNullable(checks.get(job)).map(JobParameterCheck::names).orElse(Set.of());
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                return Parsed.refused("unknown job parameter '" + name + "' for " + job + " (" + (known.isEmpty() ? "it takes none"
                        : "it takes: " + String.join(", ", new TreeSet<>(known))) + "); nothing was run");
            }
        }
        return new Parsed(given, Optional.empty());
    }

    /**
     * The lines to tell the operator about the run (a value adjusted).
     *
     * @throws com.trackingintegration.batch.config.InvalidConfigurationException naming the parameter at fault
     */
    List<String> check(String job, Map<String, String> given) {
        return Optional.ofNullable(checks.get(job)).map(check -> check.check(given)).orElse(List.of());
    }

    /** Parameters read from the command line, or why they are refused. */
    record Parsed(Map<String, String> values, Optional<String> refusal) {
        static Parsed refused(String line) {
            return new Parsed(Map.of(), Optional.of(line));
        }
    }
}
