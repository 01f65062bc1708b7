package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.port.ErpOrderInbox;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a JSON Lines file of ERP orders one line at a time: memory stays flat whatever the file's size. */
final class JsonLinesReader extends InboxFileReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BufferedReader lines;

    JsonLinesReader(Path file, long linesAlreadyRead, boolean writesRejects) {
        this(file, linesAlreadyRead, open(file), writesRejects);
    }

    private JsonLinesReader(Path file, long linesAlreadyRead, BufferedReader lines, boolean writesRejects) {
        super(file, lines, writesRejects);
        this.lines = lines;
        try {
            while (position < linesAlreadyRead && lines.readLine() != null) {
                position++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ERP file " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        keepRejectsUpTo(position);
    }

    private static BufferedReader open(Path file) {
        return InboxText.open(file, "ERP file");
    }

    @Override
    public Optional<ErpOrderInbox.Line> next() {
        try {
            String text;
            while ((text = lines.readLine()) != null) {
                position++;
                if (!text.isBlank()) {
                    return Optional.of(line(text));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("ERP file " + file.getFileName() + " line " + (position + 1) + " cannot be read: " + e.getMessage(), e);
        }
    }

    private ErpOrderInbox.Line line(String text) {
        ErpOrderReading.Result result;
        try {
            result = ErpOrderReading.read(JSON.readTree(text));
        } catch (JacksonException e) {
            result = new ErpOrderReading.Result(Optional.empty(), List.of(new FieldProblem("(line)", "is not valid JSON: " + PersonalData.withoutQuotedText(e.getOriginalMessage()))));
        }
        return lineOf(position, result);
    }
}
