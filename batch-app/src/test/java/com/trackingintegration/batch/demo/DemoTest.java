package com.trackingintegration.batch.demo;

import com.trackingintegration.batch.TrackingIntegrationApplication;
import com.trackingintegration.batch.cli.OperatorCommandLine;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcOutcomes.Count;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's demo command, run whole: real jobs against the simulated VTEX, numbers that follow from the catalog. */
class DemoTest {

    @Test
    void the_demo_runs_the_real_jobs_and_its_numbers_follow_from_the_generated_merchant() {
        // 24 orders = 2 of each of the 12 cases; 3 cases are sent, one of them with two invoices.
        try (ConfigurableApplicationContext context = TrackingIntegrationApplication.run(new String[] {"demo",
                "--integration.demo.orders=24", "--integration.demo.dir=target/demo-" + UUID.randomUUID(), "--logging.file.name="})) {

            assertThat(context.getBean(OperatorCommandLine.class).getExitCode()).isZero();
            JdbcOutcomes outcomes = context.getBean(JdbcOutcomes.class);
            assertThat(outcomes.counts(0)).extracting(c -> c.outcome() + " " + c.reason() + " " + c.orders() + "/" + c.invoices())
                    .containsExactlyInAnyOrder("IMPORTED READY 6/8", "DEFERRED ROUTE_PENDING 2/2", "REJECTED INVALID_DATA 4/4",
                            "SKIPPED CANCELED 2/2", "SKIPPED NOT_INVOICED 2/2", "SKIPPED PICKUP_IN_POINT 2/2", "SKIPPED RETURN_INVOICE 2/2",
                            "SKIPPED CARRIER_NOT_SELECTED 2/2", "SKIPPED INVOICE_FILE_MISSING 2/2");
            assertThat(outcomes.counts(1)).extracting(c -> c.outcome() + " " + c.reason() + " " + c.orders())
                    .containsExactlyInAnyOrder("DEFERRED OMS_NOT_READY 8", "REJECTED INVALID_DATA 1");
            List<Count> second = outcomes.counts(2);
            assertThat(second).extracting(c -> c.outcome() + " " + c.reason() + " " + c.orders())
                    .containsExactlyInAnyOrder("IMPORTED READY 6", "DEFERRED ROUTE_PENDING 1", "SKIPPED CARRIER_NOT_SELECTED 1");
            assertThat(context.getBean(DemoEnvironment.class).vtex().trackingInvoices()).hasSize(8 + 6);
            assertThat(outcomes.counts(3)).extracting(c -> c.outcome() + " " + c.reason() + " " + c.invoices())
                    .containsExactly("IMPORTED STATUS_UPDATED 14");
        }
    }
}
