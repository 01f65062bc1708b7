package com.trackingintegration.batch.cli;

import com.trackingintegration.batch.store.JdbcOutcomes.Outcome;
import com.trackingintegration.batch.store.JdbcOutcomes.Row;
import com.trackingintegration.domain.integration.Reason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code report --orders} read back by a CSV parser, as a spreadsheet or a script reads it. */
class OrdersCsvTest {

    private static String printed(List<Row> rows) {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        OrdersCsv.print(rows, new PrintStream(console, true, StandardCharsets.UTF_8));
        return console.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parsed(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    private static Row rejected(String orderId, String detail) {
        return new Row(orderId, "500", Outcome.REJECTED, Reason.REFUSED_BY_TRACKING, detail);
    }

    @Test
    void commas_quotes_and_line_breaks_in_a_detail_come_back_as_one_field_each() throws IOException {
        List<String> details = List.of("scheduled 2026-12-03 morning, afternoon", "VTEX Tracking answered 400: {\"message\":\"bad \"\"x\"\"\"}",
                "first line\nsecond line", "carriage\r\nreturn", "");

        List<CSVRecord> records = parsed(printed(details.stream().map(d -> rejected("1-01", d)).toList()));

        assertThat(records).extracting(r -> r.get("detail")).containsExactlyElementsOf(details);
        assertThat(records).allSatisfy(r -> assertThat(r.toList()).containsExactly("1-01", "500", "REJECTED", "REFUSED_BY_TRACKING", r.get("detail")));
    }

    @Test
    void a_value_a_spreadsheet_would_run_comes_back_prefixed_with_a_quote_and_otherwise_whole() throws IOException {
        List<Row> rows = List.of(rejected("=1+1", "=HYPERLINK(\"http://evil.example\",\"click\")"),
                rejected("+5521999999999", "+cmd|' /C calc'!A0"), rejected("-3", "-2+3, then more"), rejected("@SUM(A1)", "@import"),
                new Row("1-01", "=600", Outcome.IMPORTED, Reason.READY, "\tindented"));

        List<CSVRecord> records = parsed(printed(rows));

        assertThat(records).extracting(r -> r.get("orderId")).containsExactly("'=1+1", "'+5521999999999", "'-3", "'@SUM(A1)", "1-01");
        assertThat(records).extracting(r -> r.get("detail")).containsExactly("'=HYPERLINK(\"http://evil.example\",\"click\")",
                "'+cmd|' /C calc'!A0", "'-2+3, then more", "'@import", "'\tindented");
        assertThat(records.get(4).get("invoiceNumber")).isEqualTo("'=600");
    }

    @Test
    void the_header_comes_first_and_every_record_ends_with_crlf() {
        assertThat(printed(List.of(rejected("1-01", "refused"))))
                .isEqualTo("orderId,invoiceNumber,outcome,reason,detail\r\n1-01,500,REJECTED,REFUSED_BY_TRACKING,refused\r\n");
    }
}
