package com.trackingintegration.batch.externalimport;

import com.trackingintegration.batch.JobTest;
import com.trackingintegration.batch.nativeimport.VtexStubs;
import com.trackingintegration.batch.store.JdbcOutcomes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night of bad ERP lines: one CSV file (saved by Excel, with a byte-order mark, under a long name) mixes good orders
 * with every kind of bad row, a second file corrects one of its orders before it is placed, a third has a quote
 * never closed. Every good order is placed and sent, every bad row is in the rejects file and the report with its
 * line and field, the run exits 0, and so does the next one, which refuses a correction of an order already placed.
 */
@SpringBootTest(properties = {"integration.chunk-size=3", "integration.affiliate-id=TRK", "integration.sales-channel=1"})
class ExternalImportBadLinesTest extends JobTest {

    private static final String LONG_ID = "L".repeat(100);
    private static final String NIGHT = "orders-" + "x".repeat(230) + ".csv";

    private static final String HEADER;
    private static final String[] EXAMPLE_ROW;

    static {
        try {
            List<String> example = Files.readAllLines(Path.of("..", "docs", "examples", "orders-example.csv"), StandardCharsets.UTF_8);
            HEADER = example.get(0);
            EXAMPLE_ROW = example.get(1).split(",", -1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** ERP-1001 of the documented example as a row of another order, with columns changed ("column=value"). */
    private static String row(String erpOrderId, String... changes) {
        List<String> names = List.of(HEADER.split(","));
        String[] values = EXAMPLE_ROW.clone();
        values[0] = erpOrderId;
        for (String change : changes) {
            int equals = change.indexOf('=');
            values[names.indexOf(change.substring(0, equals))] = change.substring(equals + 1);
        }
        return String.join(",", values);
    }

    private static String firstValues(String row, int count) {
        return String.join(",", Arrays.copyOf(row.split(",", -1), count));
    }

    private static void stubVtex() {
        VtexStubs.externalOrdersTakeEveryStep(vtex);
    }

    private static void write(String file, byte[] content, String modified) throws Exception {
        Path path = Files.write(INBOX.resolve(file), content);
        Files.setLastModifiedTime(path, FileTime.from(Instant.parse(modified)));
    }

    private String state(String omsOrderId) {
        return jdbc.queryForObject("SELECT STATE FROM TI_EXTERNAL_ORDER WHERE OMS_ORDER_ID = ?", String.class, omsOrderId);
    }

    private List<String> report(long execution) {
        return outcomes.rows(execution).stream().map(r -> r.orderId() + " " + r.outcome() + " " + r.reason()).toList();
    }

    @Test
    void every_good_order_is_placed_every_bad_row_is_rejected_with_its_line_and_field_and_both_runs_complete() throws Exception {
        FileSystemUtils.deleteRecursively(INBOX);
        Files.createDirectories(INBOX);
        stubVtex();
        List<String> night = new ArrayList<>(List.of(
                HEADER,
                row("ERP-GOOD-1"),                                           // line 2
                row(LONG_ID),                                                // line 3: an ERP id of 100 characters is valid
                firstValues(row("ERP-SHORT"), 15),                           // line 4: a row shorter than the header
                row("ERP-QUOTE", "street=\"Rua \"A\" 10\""),                 // line 5: text after a closing quote
                row("L".repeat(101)),                                        // line 6: an ERP id too long
                row("ERP-INVOICE", "invoiceNumber=" + "9".repeat(150)),      // line 7: an invoice number too long
                row("ERP-APART"),                                            // line 8: rows of one order apart...
                row("ERP-GOOD-2", "invoiceNumber=200"),                      // line 9
                row("ERP-APART", "sku=2"),                                   // line 10: ...from each other
                row("ERP-FIX", "invoiceNumber=300")));                       // line 11: corrected by the next file
        for (int item = 0; item < 400; item++) {                             // lines 12-411: JSON far over 20,000 characters
            night.add(row("ERP-BIG", "sku=" + (item + 1), "invoiceNumber=400"));
        }
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (String.join("\n", night) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] excel = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, excel, bom.length, text.length);
        write(NIGHT, excel, "2026-11-20T01:00:00Z");
        write("orders-fix.csv", (HEADER + "\n" + row("ERP-FIX", "invoiceNumber=300", "street=Rua Corrigida") + "\n").getBytes(StandardCharsets.UTF_8),
                "2026-11-20T01:10:00Z");
        write("orders-unclosed.csv", (HEADER + "\n" + row("ERP-U1") + "\n" + row("ERP-U2", "street=\"Rua A") + "\n" + row("ERP-U3") + "\n")
                .getBytes(StandardCharsets.UTF_8), "2026-11-20T01:20:00Z");

        assertThat(run()).as(console.toString()).isZero();

        for (String good : List.of("TRK-ERP-GOOD-1", "TRK-" + LONG_ID, "TRK-ERP-GOOD-2", "TRK-ERP-FIX", "TRK-ERP-BIG")) {
            assertThat(state(good)).as(good).isEqualTo("SENT_TO_TRACKING");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM TI_EXTERNAL_ORDER WHERE SOURCE_FILE IN (?, 'orders-fix.csv')", Integer.class, NIGHT)).isEqualTo(5);
        vtex.verify(5, postRequestedFor(urlPathEqualTo("/api/fulfillment/pvt/orders")));
        vtex.verify(1, postRequestedFor(urlPathEqualTo("/api/fulfillment/pvt/orders")).withRequestBody(containing("Rua Corrigida")));
        assertThat(INBOX.resolve("processed/" + NIGHT + ".rejects.csv")).content()
                .contains(NIGHT + ",4,state,missing: the row ends after 15 values")
                .contains(NIGHT + ",5,street,\"text after the closing quote")
                .contains(NIGHT + ",6,erpOrderId,\"must be 1 to 100 letters, digits, '.', '_' or '-', was 101 characters long\"")
                .contains(NIGHT + ",7,invoice.number,\"at most 50 characters, was 150\"")
                .contains(NIGHT + ",8,erpOrderId,\"the rows of order ERP-APART are not one after the other (they start on lines 8, 10)")
                .contains(NIGHT + ",10,erpOrderId,\"the rows of order ERP-APART");
        assertThat(INBOX.resolve("failed/orders-unclosed.csv.error.txt")).content().contains("a quote opened on line 3 is never closed");
        assertThat(INBOX.resolve("processed/orders-fix.csv")).exists();
        long first = lastExecution();
        assertThat(report(first)).contains(
                "TRK-ERP-GOOD-1 IMPORTED READY", "TRK-" + LONG_ID + " IMPORTED READY", "TRK-ERP-BIG IMPORTED READY",
                NIGHT + ":4 REJECTED INVALID_DATA", NIGHT + ":5 REJECTED INVALID_DATA", NIGHT + ":6 REJECTED INVALID_DATA",
                NIGHT + ":7 REJECTED INVALID_DATA", NIGHT + ":8 REJECTED INVALID_DATA", NIGHT + ":10 REJECTED INVALID_DATA",
                "orders-unclosed.csv:0 REJECTED INVALID_DATA");
        assertThat(outcomes.rows(first)).filteredOn(r -> r.outcome() == JdbcOutcomes.Outcome.REJECTED).hasSize(7);

        write("orders-late.csv", (HEADER + "\n" + row("ERP-GOOD-1", "street=Rua Tarde") + "\n").getBytes(StandardCharsets.UTF_8), "2026-11-21T01:00:00Z");

        assertThat(run()).as(console.toString()).isZero();

        assertThat(report(lastExecution())).containsExactly("orders-late.csv:2 REJECTED CORRECTION_AFTER_PLACEMENT");
        assertThat(outcomes.rows(lastExecution()).get(0).detail()).contains("changes order TRK-ERP-GOOD-1, already SENT_TO_TRACKING in the OMS");
        vtex.verify(5, postRequestedFor(urlPathEqualTo("/api/fulfillment/pvt/orders")));
    }

    @Test
    void with_routing_in_vtex_tracking_a_broken_route_file_is_not_read_at_all() throws Exception {
        FileSystemUtils.deleteRecursively(INBOX);
        Files.createDirectories(INBOX);
        stubVtex();
        write("routes-latin1.csv", "orderId,invoiceNumber\nTRK-ERP-R1,São\n".getBytes(StandardCharsets.ISO_8859_1), "2026-11-20T01:00:00Z");
        write("orders-r.csv", (HEADER + "\n" + row("ERP-R1", "invoiceNumber=500") + "\n").getBytes(StandardCharsets.UTF_8), "2026-11-20T01:00:00Z");

        assertThat(run()).as(console.toString()).isZero();

        assertThat(state("TRK-ERP-R1")).isEqualTo("SENT_TO_TRACKING");
        assertThat(INBOX.resolve("routes-latin1.csv")).exists();
        assertThat(INBOX.resolve("failed")).doesNotExist();
    }

    private int run() throws Exception {
        return start("externalImport");
    }
}
