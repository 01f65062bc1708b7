package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.cli.OperatorCommandLine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.annotation.Import;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The per-order commands ({@code order}, {@code replay}) as an operator types them, through the real command line, on
 * {@link ReconcileJobTest}'s VTEX: the OMS, and a VTEX Tracking that remembers what it took (so {@code --live} and a
 * replay see what the import sent), every exchange validated against VTEX's specs after each test.
 */
@Import(OperatorConsole.class)
abstract class OperatorCommandTest extends ReconcileJobTest {

    @Autowired
    OperatorCommandLine commandLine;

    /** {@code java -jar tracking-integration.jar <arguments>}, as far as the command line goes; the exit code. */
    int operator(String... arguments) {
        OperatorConsole.OUTPUT.reset();
        commandLine.run(new DefaultApplicationArguments(arguments));
        return commandLine.getExitCode();
    }

    static List<String> operatorLines() {
        return OperatorConsole.OUTPUT.toString(StandardCharsets.UTF_8).lines().toList();
    }

    static String operatorOutput() {
        return OperatorConsole.OUTPUT.toString(StandardCharsets.UTF_8);
    }
}
