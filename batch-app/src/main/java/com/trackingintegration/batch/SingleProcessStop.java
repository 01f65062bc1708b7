package com.trackingintegration.batch;

import com.trackingintegration.batch.cli.ExitCodes;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code stop <executionId>} from another process. The default job repository, an HSQLDB file, is open by one process
 * at a time: a second one would wait on its lock while the job runs. So, with that file, this says how to stop a run
 * instead of hanging (the running process stops gracefully on SIGTERM or Ctrl-C); with a server database the command
 * runs normally and asks the job repository to stop the run.
 */
final class SingleProcessStop {

    private SingleProcessStop() {
    }

    static boolean needsExplaining(String[] args) {
        return url(args).startsWith("jdbc:hsqldb:file:");
    }

    private static String url(String[] args) {
        return Arrays.stream(args).filter(a -> a.startsWith("--spring.datasource.url=")).map(a -> a.substring(24))
                .reduce((a, b) -> b).orElse(System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:hsqldb:file:"));
    }

    static int explain(String[] args, PrintStream out) {
        out.println("stop: the job repository is an HSQLDB file, which only the running process can open. Stop the run with"
                    + " SIGTERM (kill <pid>) or Ctrl-C in its terminal: it finishes its current chunk and ends STOPPED (exit 4);"
                    + " resume it later with 'restart <job>'.");
        return ExitCodes.USAGE;
    }
}
