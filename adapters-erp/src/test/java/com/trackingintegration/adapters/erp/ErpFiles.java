package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.external.ErpOrder;
import com.trackingintegration.domain.port.ErpOrderInbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test helpers: the documented example files, and reading a whole file through the inbox. */
final class ErpFiles {

    static final Path DOCS = Path.of(System.getProperty("erp.docs.dir", "../docs"));

    private ErpFiles() {
    }

    static String example(String name) {
        try {
            return Files.readString(DOCS.resolve("examples").resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of the documented CSV example. */
    static String csvHeader() {
        return example("orders-example.csv").lines().findFirst().orElseThrow();
    }

    /** The documented example's first order (ERP-1001) as one CSV row, with the given columns changed ("column=value"). */
    static String csvRow(String erpOrderId, String... changes) {
        List<String> names = List.of(csvHeader().split(","));
        String[] values = example("orders-example.csv").lines().skip(1).findFirst().orElseThrow().split(",", -1);
        values[0] = erpOrderId;
        for (String change : changes) {
            int equals = change.indexOf('=');
            values[names.indexOf(change.substring(0, equals))] = change.substring(equals + 1);
        }
        return String.join(",", values);
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ErpOrderInbox.Line> readAll(ErpOrderInbox inbox, String file, long from) {
        List<ErpOrderInbox.Line> lines = new ArrayList<>();
        try (ErpOrderInbox.Reader reader = inbox.open(file, from)) {
            Optional<ErpOrderInbox.Line> line;
            while ((line = reader.next()).isPresent()) {
                lines.add(line.get());
            }
        }
        return lines;
    }

    static List<ErpOrder> orders(List<ErpOrderInbox.Line> lines) {
        return lines.stream().map(ErpOrderInbox.Line::order).flatMap(Optional::stream).toList();
    }

    static String rejects(Path dir, String file) {
        try {
            Path rejects = dir.resolve(file + RejectsFile.SUFFIX);
            return Files.exists(rejects) ? Files.readString(rejects, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
