package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.JobTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An execution id the job repository does not hold (mistyped, or purged) is one line and exit 2 for every command that
 * takes one; so is a job that does not exist.
 */
@SpringBootTest
class UnknownExecutionTest extends JobTest {

    @Autowired
    RunReport report;

    private PrintStream out() {
        return new PrintStream(console, true, StandardCharsets.UTF_8);
    }

    @Test
    void report_stop_abandon_and_restart_of_an_unknown_execution_say_so_in_one_line() throws Exception {
        assertThat(report.command(999, true, false, out())).isEqualTo(ExitCodes.USAGE);
        assertThat(commands.executions().stop(999, out())).isEqualTo(ExitCodes.USAGE);
        assertThat(commands.executions().abandon(999, out())).isEqualTo(ExitCodes.USAGE);
        assertThat(commands.restart("999", out())).isEqualTo(ExitCodes.USAGE);

        assertThat(console.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "no execution 999 (run 'executions' to list them)",
                "no execution 999 (run 'executions' to list them)",
                "no execution 999 (run 'executions' to list them)",
                "no execution to restart for '999' (run 'executions' to list them)");
    }

    @Test
    void an_unknown_job_is_one_line_naming_the_jobs() throws Exception {
        assertThat(start("nativeImprot")).isEqualTo(ExitCodes.USAGE);

        assertThat(console.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "no job 'nativeImprot': the jobs are externalImport, nativeImport, reconcile, replayOrder, statusSync");
    }
}
