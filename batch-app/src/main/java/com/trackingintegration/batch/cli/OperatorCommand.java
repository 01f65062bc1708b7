package com.trackingintegration.batch.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the operator's command line; returns the process exit code. */
@FunctionalInterface
public interface OperatorCommand {

    int run(List<String> arguments, PrintStream out) throws Exception;
}
