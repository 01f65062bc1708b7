package com.trackingintegration.batch.demo;

import com.trackingintegration.batch.TrackingIntegrationApplication;
import com.trackingintegration.batch.cli.ExitCodes;
import com.trackingintegration.batch.cli.OperatorCommandLine;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.demo.DemoCatalog;
import com.trackingintegration.demo.DemoEnvironment;
import com.trackingintegration.demo.SimulatedVtex;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code demo --integration.native.source=feed}: the demo runs nativeImport from the simulated Orders Feed, the source
 * VTEX recommends, which it configures first; every event is read and committed, so every order of the catalog is
 * judged once, the one List orders would have hidden (indexed late) too.
 */
class DemoFeedTest {

    private static final int ORDERS = 2 * DemoCatalog.Case.values().length;

    @Test
    void the_demo_reads_every_order_from_the_feed_and_commits_every_event() {
        try (ConfigurableApplicationContext context = TrackingIntegrationApplication.run(new String[] {"demo", "--integration.demo.orders=" + ORDERS,
                "--integration.demo.dir=target/demo-" + UUID.randomUUID(), "--integration.native.source=feed", "--logging.file.name="})) {
            SimulatedVtex vtex = context.getBean(DemoEnvironment.class).vtex();

            assertThat(context.getBean(OperatorCommandLine.class).getExitCode()).as("reconcile's ATTENTION case, as with a window")
                    .isEqualTo(ExitCodes.ATTENTION);
            assertThat(context.getBean(JdbcOutcomes.class).counts(0).stream().mapToLong(JdbcOutcomes.Count::orders).sum())
                    .as("each order of the catalog judged once by nativeImport").isEqualTo(ORDERS);
            assertThat(vtex.feedWaiting()).as("every feed event committed").isZero();
        }
    }
}
