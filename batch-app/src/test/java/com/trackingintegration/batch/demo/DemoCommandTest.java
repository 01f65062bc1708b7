package com.trackingintegration.batch.demo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {

    private static String run(int orders) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new DemoCommand(orders).run(List.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_report_matches_the_generated_cases() {
        // 120 orders = 10 of each of the 12 cases; three cases are sent, one of them with two invoices.
        String report = run(120);

        assertThat(report).containsPattern("send\\s+READY\\s+30\\s+40");
        assertThat(report).containsPattern("waiting\\s+ROUTE_PENDING\\s+10\\s+10");
        assertThat(report).containsPattern("rejected\\s+INVALID_DATA\\s+20\\s+20");
        assertThat(report).containsPattern("skipped\\s+INVOICE_FILE_MISSING\\s+10\\s+10");
        assertThat(report).containsPattern("total\\s+120");
    }

    @Test
    void every_case_of_the_catalog_meets_a_different_rule() {
        String report = run(DemoCatalog.Case.values().length);

        for (String reason : List.of("CANCELED", "NOT_INVOICED", "PICKUP_IN_POINT", "RETURN_INVOICE", "CARRIER_NOT_SELECTED",
                "INVOICE_FILE_MISSING", "ROUTE_PENDING", "INVALID_DATA", "READY")) {
            assertThat(report).contains(reason);
        }
    }
}
