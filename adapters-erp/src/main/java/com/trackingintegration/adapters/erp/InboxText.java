package com.trackingintegration.adapters.erp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens an inbox file as UTF-8 text without its byte-order mark. Excel saves "CSV UTF-8" with a BOM by default; read
 * as text it would glue U+FEFF to the first column's name (or the first JSON brace), and the file would be refused
 * for a header it does have.
 */
final class InboxText {

    private static final int BOM = '\uFEFF';

    private InboxText() {
    }

    static BufferedReader open(Path file, String what) {
        try {
            BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            reader.mark(1);
            if (reader.read() != BOM) {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(what + " " + file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
