package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trackingintegration.batch.JobTest;
import com.trackingintegration.batch.db.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;

import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * nativeImport end to end: WireMock stands for the OMS and VTEX Tracking, a fresh database for the repository (HSQLDB,
 * then PostgreSQL: the datasource URL, user and password are all an operator sets there, issue 16).
 */
@SpringBatchTest
@SpringBootTest(properties = {"integration.chunk-size=2", "integration.routing=external"})
class NativeImportJobTest extends JobTest {

    @Autowired
    JobOperatorTestUtils jobTestUtils;
    @Autowired
    Job nativeImport;

    private int start() throws Exception {
        return start("nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");
    }

    private static List<String> sentInvoices() {
        return vtex.findAll(postRequestedFor(urlPathEqualTo("/receiver/services/routes"))).stream().map(LoggedRequest::getBodyAsString)
                .flatMap(body -> java.util.regex.Pattern.compile("\"invoiceOrderOfService\":\"(\\d+)\"").matcher(body).results().map(m -> m.group(1)))
                .sorted().toList();
    }

    @Test
    void the_job_repository_is_the_selected_database_migrated_at_start() {
        assertThat(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName())).isEqualTo(TestDatabases.selected().productName());
        assertThat(jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"",
                String.class)).containsExactly("1", "2", "3", "4");
    }

    @Test
    void a_mixed_night_of_orders_gets_every_outcome_then_a_rerun_sends_nothing_new_and_a_late_route_imports_the_waiting_order() throws Exception {
        Files.createDirectories(INBOX);
        Files.writeString(INBOX.resolve("routes-1.csv"), "orderId,invoiceNumber,routeDate,driver,vehicle,displacement,startStreet,startNumber,startCity,startPostalCode,startState\n"
                + "1-01,101,2026-11-27,joao,ABC-1234,moto,,,,,\n1-01,102,2026-11-27,joao,ABC-1234,moto,,,,,\n5-01,501,2026-11-27,maria,,moto,,,,,\n");
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(
                new VtexStubs.OmsOrder("1-01", "invoiced", List.of("101:Output:Motoboy", "102:Output:Motoboy", "901:Input:Motoboy"), true),
                new VtexStubs.OmsOrder("2-01", "handling", List.of("201:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("3-01", "canceled", List.of("301:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("4-01", "invoiced", List.of("401:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("5-01", "invoiced", List.of("501:Output:Motoboy"), false)));

        assertThat(start()).as(console.toString()).isZero();

        assertThat(sentInvoices()).containsExactly("101", "102");
        long first = lastExecution();
        assertThat(outcomes.rows(first)).extracting(r -> r.orderId() + "/" + r.invoiceNumber() + ":" + r.outcome() + ":" + r.reason())
                .containsExactlyInAnyOrder("1-01/101:IMPORTED:READY", "1-01/102:IMPORTED:READY", "1-01/901:SKIPPED:RETURN_INVOICE",
                        "2-01/:SKIPPED:NOT_INVOICED", "3-01/:SKIPPED:CANCELED", "4-01/401:DEFERRED:ROUTE_PENDING",
                        "5-01/501:REJECTED:INVALID_DATA");
        assertThat(console.toString()).contains("ok      VTEX OMS").contains("ok      VTEX Tracking").contains("COMPLETED");

        assertThat(start()).isZero();
        assertThat(sentInvoices()).as("a re-run sends nothing new").containsExactly("101", "102");
        assertThat(outcomes.rows(lastExecution())).filteredOn(r -> r.orderId().equals("1-01") && !r.invoiceNumber().equals("901"))
                .allSatisfy(r -> assertThat(r.reason().name()).isEqualTo("ALREADY_SENT"));

        Files.writeString(INBOX.resolve("routes-2.csv"), "orderId,invoiceNumber,routeDate,driver,vehicle,displacement,startStreet,startNumber,startCity,startPostalCode,startState\n"
                + "4-01,401,2026-11-28,ana,,moto,,,,,\n");
        VtexStubs.oms(vtex, List.of());
        assertThat(start()).isZero();
        assertThat(sentInvoices()).as("the waiting order goes in once its route arrives").containsExactly("101", "102", "401");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM TI_DEFERRED", Integer.class)).isZero();
    }

    @Test
    void the_job_runs_its_steps_in_order_and_reads_each_window_order_once() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("7-01", "canceled", List.of("701:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("8-01", "handling", List.of("801:Output:Motoboy"), true)));
        jobTestUtils.setJob(nativeImport);

        JobExecution execution = jobTestUtils.startJob(new JobParametersBuilder().addString("from", "2026-11-26T00:00:00Z")
                .addString("to", "2026-11-27T00:00:00Z").addString("run", UUID.randomUUID().toString()).toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("nativeWindow", "nativeOrders", "nativeDeferred", "nativeCommitWindow");
        assertThat(execution.getStepExecutions()).filteredOn(step -> step.getStepName().equals("nativeOrders"))
                .singleElement().satisfies(step -> {
                    assertThat(step.getReadCount()).isEqualTo(2);
                    assertThat(step.getWriteCount()).isEqualTo(2);
                });
    }

    @Test
    void rejected_credentials_stop_the_run_before_anything_is_read_or_sent() throws Exception {
        vtex.stubFor(post("/receiver/auth").willReturn(unauthorized()));
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("9-01", "invoiced", List.of("991:Output:Motoboy"), true)));

        assertThat(start()).isEqualTo(3);

        assertThat(console.toString()).contains("REFUSED VTEX Tracking: VTEX Tracking rejected the credentials of user 'user'");
        assertThat(vtex.findAll(postRequestedFor(urlEqualTo("/receiver/services")))).isEmpty();
        assertThat(vtex.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlEqualTo("/api/oms/pvt/orders/9-01")))).isEmpty();
    }
}
