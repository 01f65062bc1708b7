package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trackingintegration.batch.JobTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Route files with routing outside VTEX Tracking: a broken file is refused and reported, a bad row is a rejected
 * row, a file read is archived, and its routes still serve the orders invoiced on later runs.
 */
@SpringBootTest(properties = {"integration.chunk-size=2", "integration.routing=external"})
class RouteFilesJobTest extends JobTest {

    private static final String HEADER = "orderId,invoiceNumber,routeDate,driver,vehicle,displacement,startStreet,startNumber,startCity,startPostalCode,startState\n";

    private int start() throws Exception {
        return start("nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z");
    }

    private static List<String> routedInvoices() {
        return vtex.findAll(postRequestedFor(urlPathEqualTo("/receiver/services/routes"))).stream().map(LoggedRequest::getBodyAsString)
                .flatMap(body -> Pattern.compile("\"invoiceOrderOfService\":\"(\\d+)\"").matcher(body).results().map(m -> m.group(1)))
                .sorted().toList();
    }

    @Test
    void a_broken_route_file_is_refused_a_bad_row_rejected_and_the_routes_read_serve_later_runs_after_the_file_is_archived() throws Exception {
        FileSystemUtils.deleteRecursively(INBOX);
        Files.createDirectories(INBOX);
        Files.write(INBOX.resolve("routes-latin1.csv"), (HEADER + "1-01,101,2026-11-27,joão,,moto,,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(INBOX.resolve("routes-1.csv"), HEADER + "1-01,101,2026-11-27,joao,ABC-1234,moto,,,,,\n"
                + "9-01,901,2026-11-27\n" + "6-01,601,2026-11-27,maria,,moto,,,,,\n");
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("1-01", "invoiced", List.of("101:Output:Motoboy"), true),
                new VtexStubs.OmsOrder("6-01", "handling", List.of("601:Output:Motoboy"), true)));

        assertThat(start()).as(console.toString()).isZero();

        assertThat(routedInvoices()).containsExactly("101");
        assertThat(INBOX.resolve("failed/routes-latin1.csv.error.txt")).content().contains("routes-latin1.csv cannot be imported: it is not UTF-8");
        assertThat(INBOX.resolve("processed/routes-1.csv")).exists();
        assertThat(INBOX.resolve("processed/routes-1.csv.rejects.csv")).content().contains("routes-1.csv,3,(row),the row has 3 values and the header 11");
        assertThat(outcomes.rows(lastExecution())).extracting(r -> r.orderId() + " " + r.outcome() + " " + r.reason())
                .contains("routes-latin1.csv:0 REJECTED INVALID_DATA", "routes-1.csv:3 REJECTED INVALID_DATA", "1-01 IMPORTED READY");

        VtexStubs.oms(vtex, List.of(new VtexStubs.OmsOrder("6-01", "invoiced", List.of("601:Output:Motoboy"), true)));

        assertThat(start()).as(console.toString()).isZero();

        assertThat(routedInvoices()).as("the route read on the first run, its file archived since").containsExactly("101", "601");
    }
}
