package com.trackingintegration.batch.cli;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.dao.CannotSerializeTransactionException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A launch meeting a serialization failure of the job repository (PostgreSQL under concurrent launches) is tried once
 * more, and only once: a fake launch that fails as often as it is told, then launches.
 */
class LaunchRetryTest {

    private static final JobExecution LAUNCHED = new JobExecution(7L, new JobInstance(3L, "nativeImport"), new JobParameters());

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

    @Test
    void a_launch_that_fails_once_to_serialize_is_tried_again_and_launches_with_nothing_on_the_console() throws Exception {
        FailingLaunch launch = new FailingLaunch(new CannotSerializeTransactionException("could not serialize access"));

        assertThat(LaunchRetry.once("nativeImport", launch, out)).contains(LAUNCHED);

        assertThat(launch.calls).isEqualTo(2);
        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void a_launch_that_fails_twice_is_not_tried_a_third_time_and_the_operator_gets_one_line() throws Exception {
        FailingLaunch launch = new FailingLaunch(new PessimisticLockingFailureException("deadlock"),
                new CannotSerializeTransactionException("could not serialize access"));

        assertThat(LaunchRetry.once("nativeImport", launch, out)).isEmpty();

        assertThat(launch.calls).isEqualTo(2);
        assertThat(console.toString(StandardCharsets.UTF_8))
                .startsWith("FAILED: nativeImport could not be launched: the job repository refused it twice with a serialization failure")
                .hasLineCount(1).doesNotContain("Exception");
    }

    @Test
    void sqlstate_40001_under_what_spring_did_not_translate_is_a_serialization_failure_too() throws Exception {
        // A commit's failure through a transaction manager that does not translate it (DataSourceTransactionManager).
        FailingLaunch launch = new FailingLaunch(new TransactionSystemException("commit failed",
                new SQLException("ERROR: could not serialize access due to read/write dependencies among transactions", "40001")));

        assertThat(LaunchRetry.once("nativeImport", launch, out)).contains(LAUNCHED);
        assertThat(launch.calls).isEqualTo(2);
    }

    @Test
    void any_other_failure_is_the_launchs_own_and_is_never_tried_again() {
        DataIntegrityViolationException duplicate = new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint \"job_inst_un\"", "23505"));
        FailingLaunch launch = new FailingLaunch(duplicate);

        assertThatThrownBy(() -> LaunchRetry.once("nativeImport", launch, out)).isSameAs(duplicate);
        assertThat(launch.calls).isOne();
    }

    @Test
    void a_second_attempt_failing_otherwise_fails_as_that_failure() {
        IllegalStateException other = new IllegalStateException("job repository gone");
        FailingLaunch launch = new FailingLaunch(new CannotSerializeTransactionException("could not serialize access"), other);

        assertThatThrownBy(() -> LaunchRetry.once("nativeImport", launch, out)).isSameAs(other);
        assertThat(launch.calls).isEqualTo(2);
    }

    /** Throws the given failures, one a call, then launches. */
    private static final class FailingLaunch implements LaunchRetry.Launch {
        private final Deque<Exception> failures;
        int calls;

        FailingLaunch(Exception... failures) {
            this.failures = new ArrayDeque<>(List.of(failures));
        }

        @Override
        public JobExecution call() throws Exception {
            calls++;
            if (!failures.isEmpty()) {
                throw failures.pop();
            }
            return LAUNCHED;
        }
    }
}
