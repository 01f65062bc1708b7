package com.trackingintegration.batch.nativeimport;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.trackingintegration.batch.JobTest;
import com.trackingintegration.batch.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key whose permission is withdrawn in the middle of a night (Get order answering 403 from some order on) is the
 * run's problem, not each order's: the run fails, records none of the refused orders, and once the key is fixed a
 * restart imports every order, each once.
 */
@SpringBootTest(properties = "integration.chunk-size=2")
class NativeImportRefusedKeyTest extends JobTest {

    private static final String FORBIDDEN = "{\"error\":{\"code\":\"1\",\"message\":\"Forbidden\"}}";

    private static List<VtexStubs.OmsOrder> orders() {
        return IntStream.rangeClosed(1, 6).mapToObj(n -> new VtexStubs.OmsOrder(n + "-01", "invoiced",
                List.of(n + "01:Output:Motoboy"), true)).toList();
    }

    private static List<String> sentInvoices() {
        return vtex.findAll(postRequestedFor(urlPathEqualTo("/receiver/services"))).stream().map(LoggedRequest::getBodyAsString)
                .flatMap(body -> java.util.regex.Pattern.compile("\"invoiceOrderOfService\":\"(\\d+)\"").matcher(body).results().map(m -> m.group(1)))
                .sorted().toList();
    }

    @Test
    void a_key_refused_mid_run_fails_the_run_records_no_refused_order_and_a_restart_imports_every_order_once() throws Exception {
        VtexStubs.tracking(vtex);
        VtexStubs.oms(vtex, orders());
        for (int n = 3; n <= 6; n++) {
            vtex.stubFor(get("/api/oms/pvt/orders/" + n + "-01").willReturn(status(403).withBody(FORBIDDEN)));
        }

        assertThat(start("nativeImport", "from=2026-11-26T00:00:00Z", "to=2026-11-27T00:00:00Z")).as(console.toString()).isEqualTo(ExitCodes.FAILED);

        long failed = lastExecution();
        assertThat(console.toString()).contains("FAILED: VTEX OMS GET /api/oms/pvt/orders/").contains("answered 403")
                .contains("app key 'key' lacks the permission for this request");
        assertThat(outcomes.rows(failed)).as("no order is recorded for a refusal of the key")
                .noneMatch(r -> List.of("3-01", "4-01", "5-01", "6-01").contains(r.orderId()));

        VtexStubs.oms(vtex, orders());
        int restarted = commands.restart("nativeImport", new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(restarted).as(console.toString()).isEqualTo(ExitCodes.COMPLETED);
        assertThat(sentInvoices()).as("every invoice sent once").containsExactly("101", "201", "301", "401", "501", "601");
        assertThat(jdbc.queryForList("SELECT DISTINCT ORDER_ID FROM TI_OUTCOME WHERE OUTCOME = 'IMPORTED'", String.class))
                .containsExactlyInAnyOrder("1-01", "2-01", "3-01", "4-01", "5-01", "6-01");
    }
}
