package com.trackingintegration.batch.reconcile;

import org.junit.jupiter.api.Test;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** reconcile's window is checked before anything is read: exit 2, one line naming the parameter, no execution. */
@SpringBatchTest
@SpringBootTest(properties = "integration.chunk-size=5")
class ReconcileParametersTest extends ReconcileJobTest {

    private int instancesBefore;

    @org.junit.jupiter.api.BeforeEach
    void countInstances() {
        instancesBefore = reconcileInstances();
    }

    @Test
    void a_missing_to_is_refused_in_one_line_before_anything_is_read() throws Exception {
        assertThat(start("reconcile", "from=2026-11-26T00:00:00Z")).isEqualTo(2);

        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("job parameter error: to is required").hasLineCount(1);
        assertNothingRead();
    }

    @Test
    void a_window_of_32_days_is_refused_in_one_line_before_anything_is_read() throws Exception {
        assertThat(start("reconcile", "from=2026-10-01T00:00:00Z", "to=2026-11-02T00:00:00Z")).isEqualTo(2);

        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("job parameter error: to must be at most 31 days after from, was 32 days")
                .hasLineCount(1);
        assertNothingRead();
    }

    @Test
    void a_window_of_31_days_and_one_ending_before_it_begins_are_told_apart() throws Exception {
        assertThat(start("reconcile", "from=2026-11-02T00:00:00Z", "to=2026-11-01T00:00:00Z")).isEqualTo(2);
        assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("job parameter error: to must be after from");
        console.reset();
        OmsOrders.stub(vtex, java.util.List.of());

        assertThat(start("reconcile", "from=2026-10-01T00:00:00Z", "to=2026-11-01T00:00:00Z")).as(console.toString()).isZero();
    }

    private void assertNothingRead() {
        assertThat(vtex.getAllServeEvents()).as("neither VTEX was asked anything").isEmpty();
        assertThat(reconcileInstances()).as("no run created").isEqualTo(instancesBefore);
    }

    private int reconcileInstances() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'reconcile'", Integer.class);
    }
}
