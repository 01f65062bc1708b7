package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.external.FieldProblem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import static com.trackingintegration.adapters.erp.ErpFiles.readAll;
import static com.trackingintegration.adapters.erp.ErpFiles.rejects;
import static com.trackingintegration.adapters.erp.ErpFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

/** A rejects file is opened in a spreadsheet by the ERP team: read back by a CSV parser, nothing in it runs as a formula. */
class RejectsFileTest {

    @TempDir
    Path inbox;

    private static List<CSVRecord> parsed(String csv) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
    }

    @Test
    void a_formula_in_a_reason_or_a_field_comes_back_prefixed_and_commas_quotes_and_line_breaks_whole() throws IOException {
        Path input = write(inbox, "orders.jsonl", "{}\n");
        try (RejectsFile rejects = new RejectsFile(input, 0)) {
            rejects.add(3, List.of(new FieldProblem("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\",\"fix me\")"),
                    new FieldProblem("address.street", "+1, \"quoted\"\nand a second line"),
                    new FieldProblem("items[0].quantity", "-3"), new FieldProblem("@field", "must be positive, was -3")));
        }

        List<CSVRecord> records = parsed(rejects(inbox, "orders.jsonl"));

        assertThat(records).extracting(r -> r.get("field") + " | " + r.get("reason")).containsExactly(
                "'=cmd|' /C calc'!A0 | '=HYPERLINK(\"http://evil.example\",\"fix me\")",
                "address.street | '+1, \"quoted\"\nand a second line",
                "items[0].quantity | '-3",
                "'@field | must be positive, was -3");
        assertThat(records).extracting(r -> r.get("file") + ":" + r.get("line")).containsOnly("orders.jsonl:3");
    }

    @Test
    void a_file_named_like_a_formula_is_named_safely_in_its_own_rejects() throws IOException {
        write(inbox, "=1+1.jsonl", "{\"erpOrderId\":\"ERP-1\"}\n{\"erpOrderId\":\"ERP-2\"}\n");

        readAll(new LocalErpOrderInbox(new ErpInboxSettings(inbox, false)), "=1+1.jsonl", 0);

        List<CSVRecord> records = parsed(rejects(inbox, "=1+1.jsonl"));
        assertThat(records).extracting(r -> r.get("line")).contains("1", "2");
        assertThat(records).extracting(r -> r.get("file")).containsOnly("'=1+1.jsonl");
    }

    @Test
    void a_restart_rewrites_the_rows_it_keeps_safe_even_those_an_older_version_wrote_raw() throws IOException {
        Path input = write(inbox, "orders.jsonl", "{}\n{}\n");
        write(inbox, "orders.jsonl" + RejectsFile.SUFFIX, "file,line,field,reason\r\norders.jsonl,1,customer,=HYPERLINK(\"x\")\r\n"
                + "orders.jsonl,2,customer,missing\r\n");

        new RejectsFile(input, 1).close();

        assertThat(parsed(rejects(inbox, "orders.jsonl"))).extracting(r -> r.get("line") + " " + r.get("reason"))
                .containsExactly("1 '=HYPERLINK(\"x\")");
    }
}
