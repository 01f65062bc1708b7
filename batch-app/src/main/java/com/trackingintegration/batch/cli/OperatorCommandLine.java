package com.trackingintegration.batch.cli;

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

    public static final int USAGE_ERROR = 2;

    private final Map<String, OperatorCommand> commands;
    private final PrintStream out;
    private int exitCode;

    public OperatorCommandLine(Map<String, OperatorCommand> commands, PrintStream out) {
        this.commands = Map.copyOf(commands);
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
        exitCode = command.run(words.subList(1, words.size()), out);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
