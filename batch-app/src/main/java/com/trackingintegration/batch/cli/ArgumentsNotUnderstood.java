package com.trackingintegration.batch.cli;

import picocli.CommandLine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The line telling the operator which arguments the command line did not understand: by their names only, never their
 * values. A misspelt {@code --vtex.oms.app-token=<secret>} must not be printed back into a cron log, so no argument's
 * value is repeated, whatever picocli's own message would have said.
 */
final class ArgumentsNotUnderstood {

    private static final String HIDDEN = "(value not shown)";

    private ArgumentsNotUnderstood() {
    }

    static String line(CommandLine.ParameterException refused, String[] words) {
        String command = refused.getCommandLine().getCommandName();
        if (refused instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> names = unmatched.getUnmatched().stream().map(ArgumentsNotUnderstood::nameOf).distinct().toList();
            // After a job's name, a word without a name is a job parameter typed wrong, not a property.
            String forms = command.equals("start") ? "a property is --name=value, a job parameter name=value" : "a property is --name=value";
            return command + ": not understood: " + String.join(", ", names) + " (values are never shown; " + forms + ")";
        }
        return command + ": " + withoutValues(refused.getMessage(), words);
    }

    /** {@code --vtex.oms.app_token=x} is {@code --vtex.oms.app_token}; a word that is not an option has no name to tell. */
    private static String nameOf(String word) {
        if (!word.startsWith("-")) {
            return "a value " + HIDDEN;
        }
        int equals = word.indexOf('=');
        return equals < 0 ? word : word.substring(0, equals);
    }

    /** Picocli quotes the values it quotes; each is replaced, the longest first so that no part of one survives. */
    private static String withoutValues(String message, String[] words) {
        String safe = message;
        for (String word : Arrays.stream(words).sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            int equals = word.indexOf('=');
            if (word.startsWith("-") && equals > 0) {
                safe = safe.replace(word, word.substring(0, equals)).replace("'" + word.substring(equals + 1) + "'", HIDDEN);
            } else if (!word.startsWith("-")) {
                safe = safe.replace("'" + word + "'", HIDDEN);
            }
        }
        return safe;
    }
}
