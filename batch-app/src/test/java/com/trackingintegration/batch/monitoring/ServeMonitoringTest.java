package com.trackingintegration.batch.monitoring;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.trackingintegration.batch.TrackingIntegrationApplication;
import com.trackingintegration.batch.VtexTestProperties;
import com.trackingintegration.batch.cli.OperatorCommandLine;
import com.trackingintegration.batch.nativeimport.VtexStubs;
import com.trackingintegration.batch.store.JdbcOutcomes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running {@code serve --management.server.port=...} scraped over HTTP as Prometheus and a health probe do: after
 * each scheduled run, the outcome counters are what the runs' reports count; health goes DOWN once a run fails; only
 * health and prometheus answer, on the loopback address, and no other port is opened. A one-shot {@code start} opens
 * no port at all, even given a management port.
 */
class ServeMonitoringTest {

    @RegisterExtension
    static WireMockExtension vtex = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SERIES = Pattern.compile("^(tracking_integration_(?:orders|invoices)_total)\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final Path inbox = Path.of("target", "monitoring-inbox-" + UUID.randomUUID());

    private List<String> commandLine(String... words) {
        List<String> args = new ArrayList<>(List.of(words));
        VtexTestProperties.of(vtex.baseUrl(), inbox).forEach((name, value) -> args.add("--" + name + "=" + value));
        args.add("--integration.chunk-size=1");
        args.add("--integration.schedule.jobs=nativeImport");
        // 0: any free port, read back from the running server (no port guessed beforehand, none raced for).
        args.add("--management.server.port=0");
        return args;
    }

    @Test
    void after_each_scheduled_run_the_scraped_counters_equal_the_reports_and_health_goes_down_when_a_run_fails() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(
                new VtexStubs.OmsOrder("1-01", "invoiced", List.of("101:Output:Motoboy", "102:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("2-01", "handling", List.of("201:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("3-01", "canceled", List.of("301:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("5-01", "invoiced", List.of("501:Output:Motoboy"), false)));
        Set<String> before = ListeningSockets.ofThisProcess();

        try (RunningServe serve = RunningServe.start(commandLine("serve"))) {
            assertThat(ListeningSockets.ofThisProcess()).as("serve listens on its management port, on the loopback address, and nowhere else")
                    .containsAll(before).hasSize(before.size() + 1).contains("127.0.0.1:" + serve.managementPort());
            HttpResponse<String> health = serve.get("/actuator/health");
            assertThat(status(health)).as("no run yet: %s", health.body()).isEqualTo("200 UP");

            serve.runScheduledJobs();

            long first = lastExecution(serve.context());
            assertThat(counts(serve.context(), first)).as("the run recorded several outcomes").hasSizeGreaterThan(2);
            assertThat(scraped(serve)).isEqualTo(reported(serve.context(), List.of(first)));
            health = serve.get("/actuator/health");
            assertThat(status(health)).as(health.body()).isEqualTo("200 UP");
            assertThat(jobDetail(health)).isEqualTo(Map.of("executionId", String.valueOf(first), "status", "COMPLETED"));

            // The next night: an order the OMS holds back is recorded, then VTEX Tracking refuses the next one and the run fails.
            VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("6-01", "handling", List.of("601:Output:Motoboy"), true),
                    new VtexStubs.OmsOrder("7-01", "invoiced", List.of("701:Output:Motoboy"), true)));
            vtex.stubFor(post("/receiver/services").willReturn(serverError()));
            serve.runScheduledJobs();

            long failed = lastExecution(serve.context());
            assertThat(failed).isGreaterThan(first);
            assertThat(counts(serve.context(), failed)).as("the failed run recorded what it did before it failed").isNotEmpty();
            assertThat(scraped(serve)).as("a failed run adds what it recorded").isEqualTo(reported(serve.context(), List.of(first, failed)));
            health = serve.get("/actuator/health");
            assertThat(status(health)).as(health.body()).isEqualTo("503 DOWN");
            assertThat(jobDetail(health)).isEqualTo(Map.of("executionId", String.valueOf(failed), "status", "FAILED"));

            assertThat(serve.get("/actuator/env").statusCode()).as("/actuator/env").isEqualTo(404);
            assertThat(serve.get("/actuator/beans").statusCode()).as("/actuator/beans").isEqualTo(404);
            assertThat(serve.get("/actuator/metrics").statusCode()).as("/actuator/metrics").isEqualTo(404);
        }
    }

    @Test
    void a_one_shot_start_opens_no_port_even_given_a_management_port() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("1-01", "invoiced", List.of("101:Output:Motoboy"), true)));
        Set<String> before = ListeningSockets.ofThisProcess();

        ConfigurableApplicationContext context = TrackingIntegrationApplication.run(commandLine("start", "nativeImport").toArray(String[]::new));
        try {
            assertThat(context.getBean(OperatorCommandLine.class).getExitCode()).isZero();
            assertThat(ListeningSockets.ofThisProcess()).as("the sockets this JVM listens on").isEqualTo(before);
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
        } finally {
            context.close();
        }
    }

    private static long lastExecution(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
    }

    private static List<JdbcOutcomes.Count> counts(ConfigurableApplicationContext context, long execution) {
        return context.getBean(JdbcOutcomes.class).counts(execution);
    }

    /** The two columns of these executions' reports, added up: "tracking_integration_orders_total job outcome reason" → count. */
    private static Map<String, Double> reported(ConfigurableApplicationContext context, List<Long> executions) {
        Map<String, Double> expected = new TreeMap<>();
        for (long execution : executions) {
            for (JdbcOutcomes.Count count : counts(context, execution)) {
                String labels = " nativeImport " + count.outcome() + " " + count.reason();
                expected.merge("tracking_integration_orders_total" + labels, (double) count.orders(), Double::sum);
                expected.merge("tracking_integration_invoices_total" + labels, (double) count.invoices(), Double::sum);
            }
        }
        return expected;
    }

    /** The integration's series in /actuator/prometheus, each with exactly the labels job, outcome and reason. */
    private static Map<String, Double> scraped(RunningServe serve) throws Exception {
        HttpResponse<String> scrape = serve.get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).as("no order id in a label").doesNotContain("1-01").doesNotContain("6-01");
        Map<String, Double> series = new TreeMap<>();
        Matcher line = SERIES.matcher(scrape.body());
        while (line.find()) {
            Map<String, String> labels = new TreeMap<>();
            LABEL.matcher(line.group(2)).results().forEach(label -> labels.put(label.group(1), label.group(2)));
            assertThat(labels.keySet()).containsExactly("job", "outcome", "reason");
            series.put(line.group(1) + " " + labels.get("job") + " " + labels.get("outcome") + " " + labels.get("reason"),
                    Double.parseDouble(line.group(3)));
        }
        return series;
    }

    private static String status(HttpResponse<String> health) {
        return health.statusCode() + " " + JSON.readTree(health.body()).path("status").asString();
    }

    private static Map<String, String> jobDetail(HttpResponse<String> health) {
        JsonNode detail = JSON.readTree(health.body()).path("components").path("jobs").path("details").path("nativeImport");
        Map<String, String> fields = new TreeMap<>();
        detail.properties().forEach(field -> fields.put(field.getKey(), field.getValue().asString()));
        return fields;
    }
}
