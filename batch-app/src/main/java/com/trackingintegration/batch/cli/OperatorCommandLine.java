package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.InvalidConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.regex.Pattern;

/** Reads the operator's command line (picocli) and runs the command; Spring Boot's property arguments pass through. */
public class OperatorCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(OperatorCommandLine.class);

    public static final int USAGE_ERROR = ExitCodes.USAGE;
    /**
     * A dotted name and a value, in any of Spring's relaxed forms ({@code app-token}, {@code app_token}, {@code appToken}):
     * Spring binds them all to the same setting, so they all pass through to it.
     */
    private static final Pattern SPRING_PROPERTY = Pattern.compile("--[A-Za-z0-9_-]+(\\.[A-Za-z0-9_\\-\\[\\]]+)+=.*");

    private final OperatorCommands commands;
    private final PrintStream out;
    private int exitCode;

    public OperatorCommandLine(OperatorCommands commands, PrintStream out) {
        this.commands = commands;
        this.out = out;
    }

    /**
     * Spring Boot's own arguments ({@code --vtex.account=...}: a dotted name and a value) are set aside; picocli parses
     * the rest strictly, so a misspelt option of a command is reported, not ignored, by its name only.
     */
    @Override
    public void run(ApplicationArguments arguments) {
        String[] words = java.util.Arrays.stream(arguments.getSourceArgs()).filter(a -> !SPRING_PROPERTY.matcher(a).matches())
                .toArray(String[]::new);
        CommandLine cli = OperatorCli.of(commands, out);
        PrintWriter writer = new PrintWriter(out, true);
        cli.setOut(writer);
        cli.setErr(writer);
        cli.setParameterExceptionHandler((refused, parsed) -> {
            // picocli's own message would repeat the argument whole, value included.
            out.println(ArgumentsNotUnderstood.line(refused, parsed));
            refused.getCommandLine().usage(writer);
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof InvalidConfigurationException) {
                out.println("configuration error: " + e.getMessage());
                return USAGE_ERROR;
            }
            // One clear line for the operator; the stack trace goes to the log.
            out.println("error: " + e.getMessage());
            log.error("Command {} failed", command.getCommandName(), e);
            return ExitCodes.FAILED;
        });
        exitCode = cli.execute(words);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
