package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.JobTest;
import com.trackingintegration.batch.cli.RunReport;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night's nativeImport measured: Spring Batch's own observations and the VTEX calls in the application's meter
 * registry, no order in any tag, and the summary line a one-shot start prints equal to what {@code report --json}
 * shows of the same execution.
 */
@SpringBootTest(properties = {"integration.chunk-size=2", "integration.routing=internal"})
class NativeImportMetricsTest extends JobTest {

    private static final List<VtexStubs.OmsOrder> ORDERS = List.of(
            new VtexStubs.OmsOrder("1357913579-01", "invoiced", List.of("24682468:Output:Motoboy"), true),
            new VtexStubs.OmsOrder("9753197531-01", "invoiced", List.of("86428642:Output:Motoboy"), true),
            new VtexStubs.OmsOrder("5551115551-01", "canceled", List.of("70007000:Output:Motoboy"), true));

    @Autowired
    MeterRegistry registry;
    @Autowired
    RunReport report;

    private void stubANightWithOne429() {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, ORDERS);
        String url = "/api/oms/pvt/orders/" + ORDERS.get(0).id();
        vtex.stubFor(get(url).inScenario("throttled once").whenScenarioStateIs(Scenario.STARTED).willReturn(status(429))
                .willSetStateTo("served"));
        vtex.stubFor(get(url).inScenario("throttled once").whenScenarioStateIs("served").willReturn(okJson(ORDERS.get(0).json())));
    }

    @Test
    void spring_batchs_observations_are_timers_in_the_applications_registry() throws Exception {
        stubANightWithOne429();

        assertThat(start("nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z")).as(console.toString()).isZero();

        for (String observation : List.of("spring.batch.job", "spring.batch.step", "spring.batch.item.read", "spring.batch.item.process",
                "spring.batch.chunk.write")) {
            assertThat(registry.find(observation).timers()).as(observation).isNotEmpty()
                    .allSatisfy(timer -> assertThat(timer.count()).isPositive());
        }
        assertThat(registry.find("spring.batch.job").tag("spring.batch.job.name", "nativeImport").timers()).isNotEmpty();
    }

    private double getOrders() {
        var timer = registry.find("vtex.calls").tags("system", "VTEX OMS", "method", "GET", "path", "/api/oms/pvt/orders/{orderId}", "status", "200").timer();
        return timer == null ? 0 : timer.count();
    }

    private double throttled() {
        var counter = registry.find("vtex.calls.throttled").tags("system", "VTEX OMS", "method", "GET", "path", "/api/oms/pvt/orders/{orderId}").counter();
        return counter == null ? 0 : counter.count();
    }

    private double retried() {
        var counter = registry.find("vtex.calls.retries").tags("system", "VTEX OMS", "method", "GET", "path", "/api/oms/pvt/orders/{orderId}").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void vtex_calls_are_timed_by_path_template_with_the_429_and_its_retry_counted_and_no_tag_names_an_order_or_invoice() throws Exception {
        stubANightWithOne429();

        double[] before = {getOrders(), throttled(), retried()};

        assertThat(start("nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z")).as(console.toString()).isZero();

        // Every tag of every meter, Spring Batch's included: an order id or invoice number would be a series per order.
        List<String> tagValues = registry.getMeters().stream().map(Meter::getId).flatMap(id -> id.getTags().stream()).map(Tag::getValue).toList();
        for (VtexStubs.OmsOrder order : ORDERS) {
            String invoice = order.invoices().get(0).split(":")[0];
            assertThat(tagValues).as("tag values").noneSatisfy(value -> assertThat(value).contains(order.id().substring(0, 10)))
                    .noneSatisfy(value -> assertThat(value).contains(invoice));
        }
        // The registry lives as long as the test context: this run's share is the difference.
        assertThat(getOrders() - before[0]).as("Get order answered 200, once per order").isEqualTo(ORDERS.size());
        assertThat(throttled() - before[1]).isEqualTo(1);
        assertThat(retried() - before[2]).isEqualTo(1);
        assertThat(registry.get("vtex.calls").tags("system", "VTEX Tracking", "method", "POST", "path", "/services").timer().count()).isPositive();
    }

    @Test
    void a_starts_summary_line_shows_the_figures_report_json_keeps_for_the_execution() throws Exception {
        stubANightWithOne429();

        assertThat(start("nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z")).as(console.toString()).isZero();

        String summary = console.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("VTEX: ")).findFirst().orElseThrow();
        Matcher line = Pattern.compile("VTEX: OMS (\\d+) calls \\((\\d+) throttled, (\\d+) retried, ([\\d.]+) s paced\\), "
                + "Tracking (\\d+) calls \\((\\d+) throttled, (\\d+) retried, ([\\d.]+) s paced\\); (\\d+)m(\\d\\d)s").matcher(summary);
        assertThat(line.matches()).as(summary).isTrue();
        // The run's own calls: the listing and one Get order per order, one of them throttled once and sent again.
        assertThat(line.group(1)).isEqualTo(String.valueOf(1 + ORDERS.size() + 1));
        assertThat(line.group(2)).isEqualTo("1");
        assertThat(line.group(3)).isEqualTo("1");

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        report.command(lastExecution(), true, false, new PrintStream(json, true, StandardCharsets.UTF_8));

        assertThat(json.toString(StandardCharsets.UTF_8)).contains(",\"metrics\":{\"durationSeconds\":"
                + (Integer.parseInt(line.group(9)) * 60 + Integer.parseInt(line.group(10)))
                + ",\"vtex\":[{\"system\":\"VTEX OMS\",\"calls\":" + line.group(1) + ",\"throttled\":" + line.group(2) + ",\"retried\":" + line.group(3)
                + ",\"pacedSeconds\":" + line.group(4) + "},{\"system\":\"VTEX Tracking\",\"calls\":" + line.group(5) + ",\"throttled\":" + line.group(6)
                + ",\"retried\":" + line.group(7) + ",\"pacedSeconds\":" + line.group(8) + "}]}");
    }
}
