package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.port.RouteInbox;
import com.trackingintegration.domain.route.RouteAssignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;

import static com.trackingintegration.adapters.erp.ErpFiles.example;
import static com.trackingintegration.adapters.erp.ErpFiles.rejects;
import static com.trackingintegration.adapters.erp.ErpFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRouteInboxTest {

    private static final String HEADER = "orderId,invoiceNumber,routeDate,driver,vehicle,displacement,startStreet,startNumber,startCity,startPostalCode,startState\n";

    @TempDir
    Path inbox;

    private RouteInbox routes() {
        return new CsvRouteInbox(new ErpInboxSettings(inbox, false));
    }

    @Test
    void reads_the_documented_route_file() {
        write(inbox, "routes-2026-11-21.csv", example("routes-example.csv"));

        RouteInbox.RouteFile file = routes().read("routes-2026-11-21.csv");

        assertThat(file.rejected()).isEmpty();
        assertThat(file.routes()).hasSize(2).first().satisfies(route -> {
            assertThat(route.orderId()).isEqualTo("1172452900788-01");
            assertThat(route.invoiceNumber()).isEqualTo("24382");
            assertThat(route.routeDate()).isEqualTo(LocalDate.of(2026, 11, 21));
            assertThat(route.driverUsername()).isEqualTo("empresa-joao.silva");
            assertThat(route.displacementType()).isEqualTo("moto");
            assertThat(route.start()).hasValueSatisfying(start -> assertThat(start.state()).isEqualTo("RJ"));
        });
        assertThat(file.routes().get(1).start()).isEmpty();
    }

    @Test
    void a_read_only_route_inbox_for_a_dry_run_reads_routes_and_bad_rows_but_writes_no_rejects_and_moves_no_file() {
        write(inbox, "routes-1.csv", HEADER + "1-01,101,2026-11-27,joao,,moto,,,,,\n9-01,901,2026-11-27\n");
        RouteInbox dryRun = new CsvRouteInbox(new ErpInboxSettings(inbox, false, true));

        RouteInbox.RouteFile file = dryRun.read("routes-1.csv");
        dryRun.markProcessed("routes-1.csv");
        dryRun.markFailed("routes-1.csv", "refused");

        assertThat(file.routes()).extracting(RouteAssignment::orderId).containsExactly("1-01");
        assertThat(file.rejected()).extracting(RouteInbox.RejectedRow::line).containsExactly(3L);
        assertThat(inbox.resolve("routes-1.csv.rejects.csv")).doesNotExist();
        assertThat(dryRun.readyFiles()).containsExactly("routes-1.csv");
    }

    @Test
    void route_files_are_ready_oldest_first_and_order_files_or_rejects_are_not_route_files() throws Exception {
        Path older = write(inbox, "routes-b.csv", HEADER);
        Path newer = write(inbox, "routes-a.csv", HEADER);
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-11-20T00:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-11-21T00:00:00Z")));
        write(inbox, "routes-c.csv.part", HEADER);
        write(inbox, "routes-b.csv.rejects.csv", "file,line,field,reason\n");
        write(inbox, "orders.csv", HEADER);

        assertThat(routes().readyFiles()).containsExactly("routes-b.csv", "routes-a.csv");
    }

    @Test
    void every_kind_of_bad_row_is_kept_in_the_rejects_file_and_the_good_rows_still_count() {
        write(inbox, "routes-x.csv", HEADER
                + "1-01,100,21/11/2026,joao,,moto,,,,,\n"
                + "2-01,,2026-11-21,,,moto,,,,,Rio\n"
                + "3-01,300,2026-11-21,ana,,moto,,,,,\n"
                + "4-01,400,2026-11-21,ana\n"
                + "5-01,500,2026-11-21,\"ana\"x,,moto,,,,,\n"
                + "6-01," + "9".repeat(51) + ",2026-11-21,ana,,motocicleta-grande,,,,,\n"
                + "7-01,700,2026-11-21,ana,,moto,,,,,\n");

        RouteInbox.RouteFile file = routes().read("routes-x.csv");

        assertThat(file.routes()).extracting(RouteAssignment::orderId).containsExactly("3-01", "7-01");
        assertThat(file.rejected()).extracting(RouteInbox.RejectedRow::line).containsExactly(2L, 3L, 5L, 6L, 7L);
        assertThat(rejects(inbox, "routes-x.csv"))
                .contains("routes-x.csv,2,routeDate,\"must be a date (2026-11-21), was '21/11/2026'\"")
                .contains("routes-x.csv,3,invoiceNumber,missing")
                .contains("routes-x.csv,3,driver,missing")
                .contains("routes-x.csv,3,startState")
                .contains("routes-x.csv,5,(row),the row has 4 values and the header 11")
                .contains("routes-x.csv,6,(row),text after the closing quote in value 4")
                .contains("routes-x.csv,7,invoiceNumber,\"at most 50 characters, was 51\"")
                .contains("routes-x.csv,7,displacement,\"at most 15 characters, was 18\"");
    }

    @Test
    void a_route_file_that_cannot_be_read_is_refused_naming_the_fault() throws Exception {
        Files.write(inbox.resolve("routes-latin1.csv"), (HEADER + "1-01,100,2026-11-21,joão,,moto,,,,,\n").getBytes(StandardCharsets.ISO_8859_1));
        write(inbox, "routes-columns.csv", "orderId,invoiceNumber\n1-01,100\n");
        write(inbox, "routes-quote.csv", HEADER + "1-01,100,2026-11-21,\"joao,,moto,,,,,\n");

        assertThatThrownBy(() -> routes().read("routes-latin1.csv")).isInstanceOf(IllegalStateException.class).hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> routes().read("routes-columns.csv")).isInstanceOf(IllegalStateException.class)
                .hasMessage("route file routes-columns.csv cannot be imported: its header lacks the columns [routeDate, driver, vehicle, displacement, startStreet, startNumber, startCity, startPostalCode, startState]");
        assertThatThrownBy(() -> routes().read("routes-quote.csv")).isInstanceOf(IllegalStateException.class)
                .hasMessage("route file routes-quote.csv cannot be imported: a quote opened on line 2 is never closed");
    }

    @Test
    void a_file_read_is_archived_with_its_rejects_and_a_refused_one_goes_to_failed_with_the_reason() {
        write(inbox, "routes-a.csv", HEADER + "1-01,,2026-11-21,joao,,moto,,,,,\n");
        write(inbox, "routes-b.csv", "");
        RouteInbox routes = routes();
        routes.read("routes-a.csv");

        routes.markProcessed("routes-a.csv");
        routes.markFailed("routes-b.csv", "route file routes-b.csv cannot be imported: it is empty");

        assertThat(routes.readyFiles()).isEmpty();
        assertThat(inbox.resolve("processed/routes-a.csv.rejects.csv")).content().contains("routes-a.csv,2,invoiceNumber,missing");
        assertThat(inbox.resolve("failed/routes-b.csv.error.txt")).content().contains("it is empty");
    }

    @Test
    void a_byte_order_mark_is_passed_over() throws Exception {
        byte[] text = (HEADER + "1-01,100,2026-11-21,joao,,moto,,,,,\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(inbox.resolve("routes-excel.csv"), withBom);

        assertThat(routes().read("routes-excel.csv").routes()).extracting(RouteAssignment::orderId).containsExactly("1-01");
    }
}
