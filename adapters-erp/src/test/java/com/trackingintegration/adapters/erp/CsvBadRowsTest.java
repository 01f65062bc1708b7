package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.external.ErpOrder;
import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.port.ErpOrderInbox;
import com.trackingintegration.domain.port.ErpOrderInbox.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static com.trackingintegration.adapters.erp.ErpFiles.csvHeader;
import static com.trackingintegration.adapters.erp.ErpFiles.csvRow;
import static com.trackingintegration.adapters.erp.ErpFiles.example;
import static com.trackingintegration.adapters.erp.ErpFiles.orders;
import static com.trackingintegration.adapters.erp.ErpFiles.readAll;
import static com.trackingintegration.adapters.erp.ErpFiles.rejects;
import static com.trackingintegration.adapters.erp.ErpFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each kind of bad CSV row costs that row's order only: rejected with its line and field, the rest of the file read. */
class CsvBadRowsTest {

    @TempDir
    Path inbox;

    private ErpOrderInbox inbox() {
        return new LocalErpOrderInbox(new ErpInboxSettings(inbox, false));
    }

    private List<Line> read(String... rows) {
        write(inbox, "orders.csv", csvHeader() + "\n" + String.join("\n", rows) + "\n");
        return readAll(inbox(), "orders.csv", 0);
    }

    private static String cut(String row, int values) {
        return String.join(",", Arrays.copyOf(row.split(",", -1), values));
    }

    @Test
    void a_row_shorter_than_the_header_is_rejected_naming_the_first_missing_column() {
        List<Line> lines = read(csvRow("ERP-1"), cut(csvRow("ERP-2"), 15), csvRow("ERP-3"));

        assertThat(orders(lines)).extracting(ErpOrder::erpOrderId).containsExactly("ERP-1", "ERP-3");
        assertThat(lines.get(1).lineNumber()).isEqualTo(3);
        assertThat(lines.get(1).problems()).extracting(FieldProblem::field).containsExactly("state");
        assertThat(rejects(inbox, "orders.csv")).contains("orders.csv,3,state,missing: the row ends after 15 values and the header has 33");
    }

    @Test
    void a_row_longer_than_the_header_is_rejected() {
        List<Line> lines = read(csvRow("ERP-1", "street=Rua A, 10"), csvRow("ERP-2"));

        assertThat(orders(lines)).extracting(ErpOrder::erpOrderId).containsExactly("ERP-2");
        assertThat(rejects(inbox, "orders.csv")).contains("orders.csv,2,(row),\"the row has 34 values and the header 33");
    }

    @Test
    void text_after_a_closing_quote_rejects_the_row_naming_the_column_and_the_next_rows_are_read() {
        List<Line> lines = read(csvRow("ERP-1", "street=\"Rua \"A\" 10\""), csvRow("ERP-2", "street=\"Rua \"\"B\"\", 10\""));

        assertThat(lines.get(0).problems()).extracting(FieldProblem::field).containsExactly("street");
        assertThat(orders(lines)).singleElement().satisfies(order -> assertThat(order.address().street()).isEqualTo("Rua \"B\", 10"));
        assertThat(rejects(inbox, "orders.csv")).contains("orders.csv,2,street,\"text after the closing quote");
    }

    @Test
    void a_quote_never_closed_refuses_the_file_whole_naming_the_line_where_it_opened() {
        write(inbox, "orders.csv", csvHeader() + "\n" + csvRow("ERP-1") + "\n" + csvRow("ERP-2", "street=\"Rua A") + "\n" + csvRow("ERP-3") + "\n");

        assertThatThrownBy(() -> inbox().open("orders.csv", 0)).isInstanceOf(IllegalStateException.class)
                .hasMessage("ERP file orders.csv cannot be imported: a quote opened on line 3 is never closed: the rest of the file would be read as one value");
        assertThat(rejects(inbox, "orders.csv")).isEmpty();
    }

    @Test
    void a_utf8_byte_order_mark_is_passed_over_in_csv_and_json_lines() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(inbox.resolve("excel.csv"), concat(bom, example("orders-example.csv").getBytes(StandardCharsets.UTF_8)));
        Files.write(inbox.resolve("bom.jsonl"), concat(bom, example("orders-example.jsonl").getBytes(StandardCharsets.UTF_8)));

        assertThat(orders(readAll(inbox(), "excel.csv", 0))).extracting(ErpOrder::erpOrderId).containsExactly("ERP-1001", "ERP-1002");
        assertThat(orders(readAll(inbox(), "bom.jsonl", 0))).extracting(ErpOrder::erpOrderId).containsExactly("ERP-1001", "ERP-1002");
    }

    @Test
    void an_erp_id_of_100_characters_is_read_and_longer_ids_or_invoice_numbers_are_rejected_by_their_length() {
        String longest = "E".repeat(100);

        List<Line> lines = read(csvRow(longest), csvRow("E".repeat(101)), csvRow("ERP-3", "invoiceNumber=" + "9".repeat(150)));

        assertThat(orders(lines)).extracting(ErpOrder::erpOrderId).containsExactly(longest);
        assertThat(rejects(inbox, "orders.csv"))
                .contains("orders.csv,3,erpOrderId,\"must be 1 to 100 letters, digits, '.', '_' or '-', was 101 characters long\"")
                .contains("orders.csv,4,invoice.number,\"at most 50 characters, was 150\"");
    }

    @Test
    void the_rows_of_an_order_apart_from_each_other_reject_the_order_at_each_of_its_groups() {
        List<Line> lines = read(csvRow("ERP-1"), csvRow("ERP-2"), csvRow("ERP-1", "sku=2"), csvRow("ERP-3"));

        assertThat(orders(lines)).extracting(ErpOrder::erpOrderId).containsExactly("ERP-2", "ERP-3");
        assertThat(rejects(inbox, "orders.csv"))
                .contains("orders.csv,2,erpOrderId,\"the rows of order ERP-1 are not one after the other (they start on lines 2, 4)")
                .contains("orders.csv,4,erpOrderId,\"the rows of order ERP-1 are not one after the other (they start on lines 2, 4)");
    }

    @Test
    void a_bad_row_among_the_rows_of_an_order_rejects_the_whole_order_and_names_the_row() {
        List<Line> lines = read(csvRow("ERP-1"), cut(csvRow("ERP-1", "sku=2"), 20), csvRow("ERP-2"));

        assertThat(orders(lines)).extracting(ErpOrder::erpOrderId).containsExactly("ERP-2");
        assertThat(rejects(inbox, "orders.csv"))
                .contains("orders.csv,3,unitPrice,missing: the row ends after 20 values")
                .contains("orders.csv,2,erpOrderId,order ERP-1 is not imported: its row on line 3 cannot be read");
    }

    @Test
    void personal_data_in_a_reject_is_masked() {
        List<Line> lines = read(csvRow("ERP-1"), csvRow("ERP-1", "document=98765432100", "sku=2"));
        write(inbox, "bad.jsonl", "{\"erpOrderId\":\"ERP-9\",\"customer\":{\"firstName\":Ana}}\n");
        readAll(inbox(), "bad.jsonl", 0);

        assertThat(lines).singleElement().satisfies(line -> assertThat(line.problems()).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains("'1*********9'").contains("'9*********0'")));
        assertThat(rejects(inbox, "orders.csv")).doesNotContain("12345678909").doesNotContain("98765432100");
        assertThat(rejects(inbox, "bad.jsonl")).contains("bad.jsonl,1,(line),\"is not valid JSON: Unrecognized token '…'").doesNotContain("Ana");
    }

    /** Each personal column: the first row holds the documented example's value, the second another person's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"email, ana@example.com, bia.souza@example.org", "phone, +5521999999999, +5511988887777",
            "document, 12345678909, 98765432100", "firstName, Ana, Beatriz", "lastName, Silva, Souza",
            "receiverName, Ana Silva, Beatriz Souza", "routeDriver, empresa-joao.silva, empresa-maria.lima"})
    void a_personal_column_that_differs_between_rows_is_named_with_its_order_but_neither_value_is_shown(
            String column, String first, String second) {
        List<Line> lines = read(csvRow("ERP-1"), csvRow("ERP-1", column + "=" + second, "sku=2"));

        assertThat(lines).singleElement().satisfies(line -> assertThat(line.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(column);
            assertThat(problem.problem()).startsWith("differs between the rows of order ERP-1 (line 2: '")
                    .doesNotContain(first).doesNotContain(second);
        }));
        assertThat(rejects(inbox, "orders.csv")).contains("orders.csv,2," + column + ",").doesNotContain(first).doesNotContain(second);
    }

    @Test
    void a_column_that_is_not_personal_shows_both_values_to_be_fixed() {
        List<Line> lines = read(csvRow("ERP-1"), csvRow("ERP-1", "city=Niteroi", "sku=2"));

        assertThat(lines.get(0).problems()).extracting(FieldProblem::problem)
                .containsExactly("differs between the rows of order ERP-1 (line 2: 'Rio de Janeiro', line 3: 'Niteroi')");
    }

    @Test
    void a_restart_goes_on_at_the_next_order_after_values_that_span_lines() {
        write(inbox, "orders.csv", csvHeader() + "\n" + csvRow("ERP-1", "complement=\"bloco 2\napto 31\"") + "\n\n"
                + cut(csvRow("ERP-2"), 3) + "\n" + csvRow("ERP-3") + "\n");
        long saved;
        try (ErpOrderInbox.Reader reader = inbox().open("orders.csv", 0)) {
            reader.next();
            reader.next();
            saved = reader.position();
        }

        List<Line> rest = readAll(inbox(), "orders.csv", saved);

        assertThat(rest).extracting(Line::lineNumber).containsExactly(6L);
        assertThat(orders(rest)).extracting(ErpOrder::erpOrderId).containsExactly("ERP-3");
        assertThat(rejects(inbox, "orders.csv").lines().filter(l -> l.startsWith("orders.csv,5,"))).hasSize(1);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
