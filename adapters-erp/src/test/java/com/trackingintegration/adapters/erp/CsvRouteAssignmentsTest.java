package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.route.RouteAssignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;

import static com.trackingintegration.adapters.erp.ErpFiles.example;
import static com.trackingintegration.adapters.erp.ErpFiles.rejects;
import static com.trackingintegration.adapters.erp.ErpFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

class CsvRouteAssignmentsTest {

    private static final String HEADER = "orderId,invoiceNumber,routeDate,driver,vehicle,displacement,startStreet,startNumber,startCity,startPostalCode,startState\n";

    @TempDir
    Path inbox;

    @Test
    void reads_the_documented_route_file() {
        write(inbox, "routes-2026-11-21.csv", example("routes-example.csv"));

        CsvRouteAssignments routes = new CsvRouteAssignments(new ErpInboxSettings(inbox, false));

        assertThat(routes.forOrder("1172452900788-01")).singleElement().satisfies(route -> {
            assertThat(route.invoiceNumber()).isEqualTo("24382");
            assertThat(route.routeDate()).isEqualTo(LocalDate.of(2026, 11, 21));
            assertThat(route.driverUsername()).isEqualTo("empresa-joao.silva");
            assertThat(route.displacementType()).isEqualTo("moto");
            assertThat(route.start()).hasValueSatisfying(start -> assertThat(start.state()).isEqualTo("RJ"));
        });
        assertThat(routes.forOrder("1172452900790-01")).singleElement().satisfies(r -> assertThat(r.start()).isEmpty());
        assertThat(routes.forOrder("unknown")).isEmpty();
    }

    @Test
    void a_later_file_replaces_the_route_of_the_same_invoice() throws Exception {
        Path older = write(inbox, "routes-a.csv", HEADER + "1-01,100,2026-11-21,joao,,moto,,,,,\n");
        Path newer = write(inbox, "routes-b.csv", HEADER + "1-01,100,2026-11-22,maria,,moto,,,,,\n");
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-11-20T00:00:00Z")));
        Files.setLastModifiedTime(newer, FileTime.from(Instant.parse("2026-11-21T00:00:00Z")));

        assertThat(new CsvRouteAssignments(new ErpInboxSettings(inbox, false)).forOrder("1-01"))
                .extracting(RouteAssignment::driverUsername).containsExactly("maria");
    }

    @Test
    void bad_rows_are_kept_in_the_rejects_file_and_good_rows_still_count() {
        write(inbox, "routes-x.csv", HEADER + "1-01,100,21/11/2026,joao,,moto,,,,,\n2-01,,2026-11-21,,,moto,,,,,Rio\n3-01,300,2026-11-21,ana,,moto,,,,,\n");

        CsvRouteAssignments routes = new CsvRouteAssignments(new ErpInboxSettings(inbox, false));

        assertThat(routes.forOrder("3-01")).hasSize(1);
        assertThat(routes.forOrder("1-01")).isEmpty();
        assertThat(rejects(inbox, "routes-x.csv"))
                .contains("routes-x.csv,2,routeDate,\"must be a date (2026-11-21), was '21/11/2026'\"")
                .contains("routes-x.csv,3,invoiceNumber,missing")
                .contains("routes-x.csv,3,driver,missing")
                .contains("routes-x.csv,3,startState");
    }

    @Test
    void a_route_file_still_being_written_is_not_read() {
        write(inbox, "routes-a.csv.part", HEADER + "1-01,100,2026-11-21,joao,,moto,,,,,\n");

        assertThat(new CsvRouteAssignments(new ErpInboxSettings(inbox, false)).forOrder("1-01")).isEmpty();
    }
}
