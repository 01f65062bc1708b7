package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.report.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of an ERP file that could not be imported, kept beside it as {@code <file>.rejects.csv}
 * ({@code file,line,field,reason}), one row per problem, so the ERP team can fix and send them again. RFC 4180 CSV
 * (Commons CSV's default: quoted fields, CRLF line ends), each value {@link SpreadsheetSafe}: the ERP team opens it in a
 * spreadsheet, and a file name or a quoted value starting with {@code =} must not run there.
 *
 * <p>A restarted import reads the file again from its saved position: rows for lines beyond that position are
 * dropped first, since those lines are read again and would otherwise be reported twice.
 */
final class RejectsFile implements AutoCloseable {

    static final String SUFFIX = ".rejects.csv";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader("file", "line", "field", "reason").get();

    private final Path path;
    private final String fileName;
    private CSVPrinter printer;

    RejectsFile(Path input, long keepUpToLine) {
        this.path = of(input);
        this.fileName = input.getFileName().toString();
        try {
            truncateAfter(keepUpToLine);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    static Path of(Path input) {
        return InboxFolder.companion(input, SUFFIX);
    }

    void add(long line, List<FieldProblem> problems) {
        try {
            if (printer == null) {
                boolean fresh = !Files.exists(path);
                BufferedWriter writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                printer = new CSVPrinter(writer, fresh ? FORMAT : FORMAT.builder().setSkipHeaderRecord(true).get());
            }
            for (FieldProblem problem : problems) {
                printer.printRecord(SpreadsheetSafe.cells(fileName, line, problem.field(), problem.problem()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private void truncateAfter(long line) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        List<CSVRecord> kept = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                if (Long.parseLong(record.get("line")) <= line) {
                    kept.add(record);
                }
            }
        }
        String name = path.getFileName().toString();
        Path rewritten = path.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + ".rejects.tmp");
        try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(rewritten, StandardCharsets.UTF_8), FORMAT)) {
            for (CSVRecord record : kept) {
                out.printRecord(SpreadsheetSafe.cells(record.toList().toArray()));
            }
        }
        Files.move(rewritten, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        try {
            if (printer != null) {
                printer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + path.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
