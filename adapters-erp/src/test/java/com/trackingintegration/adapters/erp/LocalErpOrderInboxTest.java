package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.external.ErpOrder;
import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.port.ErpOrderInbox;
import com.trackingintegration.domain.port.ErpOrderInbox.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.trackingintegration.adapters.erp.ErpFiles.example;
import static com.trackingintegration.adapters.erp.ErpFiles.orders;
import static com.trackingintegration.adapters.erp.ErpFiles.readAll;
import static com.trackingintegration.adapters.erp.ErpFiles.rejects;
import static com.trackingintegration.adapters.erp.ErpFiles.write;
import static com.trackingintegration.domain.fixtures.ErpOrderBuilder.anErpOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalErpOrderInboxTest {

    @TempDir
    Path inbox;

    private ErpOrderInbox inbox() {
        return new LocalErpOrderInbox(new ErpInboxSettings(inbox, false));
    }

    private static String exampleLine() {
        return example("orders-example.jsonl").lines().findFirst().orElseThrow();
    }

    @Test
    void the_documented_example_reads_as_valid_orders() {
        write(inbox, "orders.jsonl", example("orders-example.jsonl"));

        List<Line> lines = readAll(inbox(), "orders.jsonl", 0);

        assertThat(lines).allSatisfy(line -> assertThat(line.problems()).isEmpty());
        assertThat(orders(lines)).hasSize(2);
        assertThat(orders(lines).get(0)).isEqualTo(anErpOrder().routed().build());
        assertThat(orders(lines).get(1).customer().company()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Padaria Central Ltda"));
        assertThat(rejects(inbox, "orders.jsonl")).isEmpty();
    }

    @Test
    void csv_and_json_lines_with_the_same_orders_give_the_same_orders() {
        write(inbox, "orders.jsonl", example("orders-example.jsonl"));
        write(inbox, "orders.csv", example("orders-example.csv"));

        List<ErpOrder> fromJson = orders(readAll(inbox(), "orders.jsonl", 0));
        List<ErpOrder> fromCsv = orders(readAll(inbox(), "orders.csv", 0));

        assertThat(fromCsv).hasSize(2).isEqualTo(fromJson);
        assertThat(fromCsv.get(1).items()).hasSize(2);
    }

    @Test
    void every_kind_of_bad_line_is_rejected_with_file_line_field_and_reason_and_the_rest_goes_on() {
        String good = exampleLine();
        write(inbox, "orders.jsonl", String.join("\n",
                good,
                "{\"erpOrderId\":\"ERP-2\"",
                "[1,2,3]",
                good.replace("\"quantity\":2", "\"quantity\":\"two\""),
                good.replace("\"postalCode\":\"22250-040\"", "\"postalCode\":\"2225-040\"").replace("\"sku\":\"1\"", "\"sku\":\"\""),
                good.replace("\"issuedAt\":\"2026-11-20T11:00:00Z\"", "\"issuedAt\":\"20/11/2026\""),
                "",
                good.replace("ERP-1001", "ERP-1003")) + "\n");

        List<Line> lines = readAll(inbox(), "orders.jsonl", 0);

        assertThat(lines).extracting(Line::lineNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 8L);
        assertThat(orders(lines)).extracting(ErpOrder::erpOrderId).containsExactly("ERP-1001", "ERP-1003");
        assertThat(lines.get(1).problems()).extracting(FieldProblem::field).containsExactly("(line)");
        assertThat(lines.get(1).problems().get(0).problem()).startsWith("is not valid JSON");
        assertThat(lines.get(2).problems()).containsExactly(new FieldProblem("(line)", "is not a JSON object"));
        assertThat(lines.get(3).problems()).extracting(FieldProblem::field).containsExactly("items[0].quantity");
        assertThat(lines.get(4).problems()).extracting(FieldProblem::field).containsExactly("address.postalCode", "items[0].sku");
        assertThat(lines.get(5).problems()).extracting(FieldProblem::field).containsExactly("invoice.issuedAt");
        assertThat(rejects(inbox, "orders.jsonl")).startsWith("file,line,field,reason")
                .contains("orders.jsonl,4,items[0].quantity,\"must be a whole number (money in cents), was \"\"two\"\"\"")
                .contains("orders.jsonl,5,address.postalCode,\"must be a CEP of 8 digits, was '2225-040'\"")
                .contains("orders.jsonl,5,items[0].sku,missing");
    }

    @Test
    void csv_rows_of_one_order_that_disagree_reject_the_order_naming_the_column() {
        String csv = example("orders-example.csv");
        String[] rows = csv.split("\n");
        rows[3] = rows[3].replace("Avenida Paulista", "Rua Augusta");
        write(inbox, "orders.csv", String.join("\n", rows) + "\n");

        List<Line> lines = readAll(inbox(), "orders.csv", 0);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).lineNumber()).isEqualTo(3);
        assertThat(lines.get(1).problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("street");
            assertThat(p.problem()).contains("differs between the rows of order ERP-1002").contains("'Rua Augusta'");
        });
    }

    @Test
    void a_csv_without_a_needed_column_is_refused_naming_the_columns() {
        write(inbox, "orders.csv", "erpOrderId,sku\nERP-1,1\n");

        assertThatThrownBy(() -> inbox().open("orders.csv", 0)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ERP file orders.csv cannot be imported: its header lacks the columns [createdAt,");
    }

    @Test
    void an_empty_file_is_refused() {
        write(inbox, "empty.jsonl", "");

        assertThatThrownBy(() -> inbox().open("empty.jsonl", 0)).hasMessage("ERP file empty.jsonl cannot be imported: it is empty");
    }

    @Test
    void a_file_cut_off_in_the_middle_of_a_line_is_refused_before_anything_is_read() {
        write(inbox, "cut.jsonl", exampleLine() + "\n" + exampleLine().substring(0, 40));

        assertThatThrownBy(() -> inbox().open("cut.jsonl", 0))
                .hasMessage("ERP file cut.jsonl cannot be imported: its last line has no line end: the file looks cut off while being written");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused() throws Exception {
        Files.write(inbox.resolve("latin1.jsonl"), (exampleLine().replace("Botafogo", "Botafogo São") + "\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> inbox().open("latin1.jsonl", 0)).hasMessageStartingWith("ERP file latin1.jsonl cannot be imported: it is not UTF-8");
    }

    @Test
    void a_restarted_import_goes_on_at_the_next_unread_line_and_reports_each_bad_line_once() {
        String good = exampleLine();
        write(inbox, "orders.jsonl", String.join("\n", good, good.replace("ERP-1001", "ERP-1002"), "not json",
                good.replace("ERP-1001", "ERP-1004")) + "\n");
        ErpOrderInbox inbox = inbox();
        long saved;
        try (ErpOrderInbox.Reader reader = inbox.open("orders.jsonl", 0)) {
            reader.next();
            reader.next();
            saved = reader.position();
            reader.next(); // the bad line is read and reported, then the process dies before its chunk commits
        }

        List<Line> rest = readAll(inbox, "orders.jsonl", saved);

        assertThat(saved).isEqualTo(2);
        assertThat(rest).extracting(Line::lineNumber).containsExactly(3L, 4L);
        assertThat(orders(rest)).extracting(ErpOrder::erpOrderId).containsExactly("ERP-1004");
        assertThat(rejects(this.inbox, "orders.jsonl").lines().filter(l -> l.startsWith("orders.jsonl,3,"))).hasSize(1);
    }

    @Test
    void a_restarted_csv_import_goes_on_at_the_next_order() {
        write(inbox, "orders.csv", example("orders-example.csv"));
        ErpOrderInbox inbox = inbox();
        long saved;
        try (ErpOrderInbox.Reader reader = inbox.open("orders.csv", 0)) {
            reader.next();
            saved = reader.position();
        }

        assertThat(saved).isEqualTo(1);
        assertThat(orders(readAll(inbox, "orders.csv", saved))).extracting(ErpOrder::erpOrderId).containsExactly("ERP-1002");
    }

    @Test
    void files_being_written_are_not_ready_and_route_and_reject_files_are_not_orders() {
        write(inbox, "a.jsonl", exampleLine() + "\n");
        write(inbox, "b.jsonl.part", exampleLine() + "\n");
        write(inbox, "c.csv", example("orders-example.csv"));
        write(inbox, "routes-1.csv", example("routes-example.csv"));
        write(inbox, "a.jsonl.rejects.csv", "file,line,field,reason\n");
        write(inbox, "notes.txt", "hello");

        assertThat(inbox().readyFiles()).containsExactlyInAnyOrder("a.jsonl", "c.csv");
    }

    @Test
    void with_done_markers_a_file_is_ready_only_once_its_marker_exists() {
        ErpOrderInbox marked = new LocalErpOrderInbox(new ErpInboxSettings(inbox, true));
        write(inbox, "a.jsonl", exampleLine() + "\n");
        write(inbox, "b.jsonl", exampleLine() + "\n");
        write(inbox, "b.jsonl.done", "");

        assertThat(marked.readyFiles()).containsExactly("b.jsonl");
    }

    @Test
    void an_imported_file_moves_to_processed_with_its_rejects_and_is_never_ready_again() {
        write(inbox, "a.jsonl", exampleLine() + "\nnot json\n");
        ErpOrderInbox inbox = inbox();
        readAll(inbox, "a.jsonl", 0);

        inbox.markProcessed("a.jsonl");

        assertThat(inbox.readyFiles()).isEmpty();
        assertThat(this.inbox.resolve("processed/a.jsonl")).exists();
        assertThat(this.inbox.resolve("processed/a.jsonl.rejects.csv")).content().contains("a.jsonl,2,(line)");
    }

    @Test
    void a_read_only_inbox_for_a_dry_run_reads_lines_and_their_problems_but_writes_no_rejects_and_moves_no_file() {
        write(inbox, "a.jsonl", exampleLine() + "\nnot json\n");
        write(inbox, "b.jsonl", "");
        ErpOrderInbox dryRun = new LocalErpOrderInbox(new ErpInboxSettings(inbox, false, true));

        List<Line> lines = readAll(dryRun, "a.jsonl", 0);
        dryRun.markProcessed("a.jsonl");
        dryRun.markFailed("b.jsonl", "ERP file b.jsonl cannot be imported: it is empty");

        assertThat(lines.get(1).problems()).extracting(FieldProblem::field).containsExactly("(line)");
        assertThat(rejects(inbox, "a.jsonl")).isEmpty();
        assertThat(dryRun.readyFiles()).containsExactlyInAnyOrder("a.jsonl", "b.jsonl");
        assertThat(inbox.resolve("processed")).doesNotExist();
        assertThat(inbox.resolve("failed")).doesNotExist();
    }

    @Test
    void a_refused_file_moves_to_failed_with_the_reason_and_nothing_is_overwritten() throws Exception {
        ErpOrderInbox inbox = inbox();
        write(this.inbox, "a.jsonl", "");
        inbox.markFailed("a.jsonl", "ERP file a.jsonl cannot be imported: it is empty");
        write(this.inbox, "a.jsonl", "");
        inbox.markFailed("a.jsonl", "again");

        assertThat(this.inbox.resolve("failed/a.jsonl.error.txt")).content().contains("it is empty");
        try (var failed = Files.list(this.inbox.resolve("failed"))) {
            assertThat(failed.filter(p -> p.getFileName().toString().startsWith("a.jsonl") && !p.toString().endsWith(".txt"))).hasSize(2);
        }
    }

    @Test
    void a_file_named_at_the_file_system_limit_still_gets_its_rejects_and_its_error_and_moves_with_them() throws Exception {
        String name = "orders-" + "x".repeat(242) + ".jsonl";
        write(inbox, name, exampleLine() + "\nnot json\n");
        ErpOrderInbox inbox = inbox();

        List<Line> lines = readAll(inbox, name, 0);
        inbox.markProcessed(name);
        write(this.inbox, name, "");
        inbox.markFailed(name, "ERP file cannot be imported: it is empty");
        write(this.inbox, name, "");
        inbox.markFailed(name, "ERP file cannot be imported: it is empty");

        assertThat(name).hasSize(255);
        assertThat(lines).extracting(Line::lineNumber).containsExactly(1L, 2L);
        try (var processed = Files.list(this.inbox.resolve("processed")); var failed = Files.list(this.inbox.resolve("failed"))) {
            assertThat(processed.map(p -> p.getFileName().toString())).hasSize(2).contains(name)
                    .anySatisfy(rejects -> assertThat(rejects).startsWith("orders-xxx").endsWith(".rejects.csv"));
            assertThat(failed.map(p -> p.getFileName().toString())).hasSize(4).contains(name)
                    .anySatisfy(error -> assertThat(error).startsWith("orders-xxx").endsWith(".error.txt"));
        }
    }

    @Test
    void a_file_outside_the_inbox_cannot_be_opened() {
        assertThatThrownBy(() -> inbox().open("../etc/passwd", 0)).hasMessageContaining("is not a file of the inbox");
    }
}
