package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.config.InvalidConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Reads the operator's command (the first argument that is not a {@code --property=value}) and runs it. Property
 * arguments are Spring Boot's and pass through untouched.
 */
public class OperatorCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(OperatorCommandLine.class);

    public static final int USAGE_ERROR = ExitCodes.USAGE;

    private final Map<String, OperatorCommand> commands;
    private final PrintStream out;
    private int exitCode;

    public OperatorCommandLine(Map<String, OperatorCommand> commands, PrintStream out) {
        this.commands = new java.util.TreeMap<>(commands);
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> words = arguments.getNonOptionArgs();
        if (words.isEmpty()) {
            out.println("usage: java -jar tracking-integration.jar <command>   commands: " + String.join(", ", commands.keySet()));
            exitCode = USAGE_ERROR;
            return;
        }
        OperatorCommand command = commands.get(words.get(0));
        if (command == null) {
            out.println("unknown command '" + words.get(0) + "'; commands: " + String.join(", ", commands.keySet()));
            exitCode = USAGE_ERROR;
            return;
        }
        try {
            exitCode = command.run(words.subList(1, words.size()), out);
        } catch (InvalidConfigurationException e) {
            out.println("configuration error: " + e.getMessage());
            exitCode = USAGE_ERROR;
        } catch (Exception e) {
            // One clear line for the operator; the stack trace goes to the log.
            out.println("error: " + e.getMessage());
            log.error("Command {} failed", words.get(0), e);
            exitCode = ExitCodes.FAILED;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
