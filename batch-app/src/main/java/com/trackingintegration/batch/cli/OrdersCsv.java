package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.domain.report.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code report <id> --orders}: one CSV record per order and invoice, {@code orderId,invoiceNumber,outcome,reason,detail}.
 * RFC 4180 throughout (Commons CSV's default format): a value holding a comma, a quote or a line break is quoted, a
 * quote doubled, and records end with CRLF, so a detail of several lines stays one field in any spreadsheet or parser.
 * Each value goes through {@link SpreadsheetSafe}: a detail quoting VTEX's answer ({@code =HYPERLINK(...)}) is
 * shown, never run.
 */
final class OrdersCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader("orderId", "invoiceNumber", "outcome", "reason", "detail").get();

    private OrdersCsv() {
    }

    /** Written to {@code out}, which stays open: it is the console. */
    static void print(List<JdbcOutcomes.Row> rows, PrintStream out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            for (JdbcOutcomes.Row row : rows) {
                printer.printRecord(SpreadsheetSafe.cells(row.orderId(), row.invoiceNumber(), row.outcome(), row.reason(), row.detail()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the orders report: " + e.getMessage(), e);
        }
    }
}
