package com.trackingintegration.batch;

import com.trackingintegration.batch.cli.ExitCodes;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code stop <executionId>} from another process. The default job repository, an HSQLDB file, is open by one process
 * at a time: a second one would wait on its lock while the job runs. So, without a server database, this says how
 * to stop a run instead of hanging; the running process stops gracefully on SIGTERM or Ctrl-C.
 */
final class SingleProcessStop {

    private SingleProcessStop() {
    }

    static int explain(String[] args, PrintStream out) {
        String url = Arrays.stream(args).filter(a -> a.startsWith("--spring.datasource.url=")).map(a -> a.substring(24))
                .reduce((a, b) -> b).orElse(System.getenv().getOrDefault("SPRING_DATASOURCE_URL", "jdbc:hsqldb:file:"));
        if (url.startsWith("jdbc:hsqldb:file:")) {
            out.println("stop: the job repository is an HSQLDB file, which only the running process can open. Stop the run with"
                    + " SIGTERM (kill <pid>) or Ctrl-C in its terminal: it finishes its current chunk and ends STOPPED (exit 4);"
                    + " resume it later with 'restart <job>'.");
            return ExitCodes.USAGE;
        }
        out.println("stop: a server job repository (" + url.replaceAll("//[^@/]*@", "//***@") + ") is not wired for stop from another"
                + " process yet; use SIGTERM on the running process.");
        return ExitCodes.USAGE;
    }
}
