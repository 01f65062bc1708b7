package com.trackingintegration.adapters.erp;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Splits CSV text (RFC 4180: comma-separated, {@code "} quotes, {@code ""} inside quotes, line ends inside quotes)
 * into records, keeping the file line where each starts. Unlike a strict parser it never stops at a bad record: a
 * quoted value with text after its closing quote is marked on its record, and the next record is read as usual, so
 * one bad row costs that row only. The one fault it cannot read past is a quote never closed: everything after it
 * would be one value, so it is an error naming the line where the quote opened.
 */
final class CsvRecords {

    /**
     * One record.
     *
     * @param line             the file line it starts on
     * @param textAfterQuote   the first column holding text after its closing quote, if any
     */
    record Row(long line, List<String> values, OptionalInt textAfterQuote) {
    }

    /** A quote opened and never closed: the rest of the file would be one value. */
    static final class UnclosedQuote extends RuntimeException {
        final long line;

        UnclosedQuote(long line) {
            super("a quote opened on line " + line + " is never closed", null, false, false);
            this.line = line;
        }
    }

    private final PushbackReader in;
    private long line = 1;

    CsvRecords(Reader in) {
        this.in = new PushbackReader(in, 1);
    }

    /** How many file lines are consumed: the records read so far end there. */
    long linesRead() {
        return line - 1;
    }

    /** The next record that is not a blank line, or empty at the end. */
    Optional<Row> next() throws IOException {
        while (true) {
            long start = line;
            List<String> values = new ArrayList<>();
            int badColumn = -1;
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            boolean closed = false;
            boolean any = false;
            long quoteLine = 0;
            int c;
            while (true) {
                c = in.read();
                if (c == -1) {
                    if (quoted) {
                        throw new UnclosedQuote(quoteLine);
                    }
                    break;
                }
                any = true;
                if (quoted) {
                    if (c == '"') {
                        int after = in.read();
                        if (after == '"') {
                            value.append('"');
                        } else {
                            quoted = false;
                            closed = true;
                            if (after != -1) {
                                in.unread(after);
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        value.append((char) c);
                    }
                } else if (c == ',') {
                    values.add(value.toString().strip());
                    value.setLength(0);
                    closed = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        int after = in.read();
                        if (after != '\n' && after != -1) {
                            in.unread(after);
                        }
                    }
                    line++;
                    break;
                } else if (c == '"' && !closed && value.toString().isBlank()) {
                    quoted = true;
                    quoteLine = line;
                    value.setLength(0);
                } else {
                    if (closed && !Character.isWhitespace(c) && badColumn < 0) {
                        badColumn = values.size();
                    }
                    value.append((char) c);
                }
            }
            if (!any) {
                return Optional.empty();
            }
            values.add(value.toString().strip());
            boolean blank = values.size() == 1 && values.get(0).isEmpty() && start == line - 1 && badColumn < 0;
            if (!blank) {
                return Optional.of(new Row(start, List.copyOf(values), badColumn < 0 ? OptionalInt.empty() : OptionalInt.of(badColumn)));
            }
            if (c == -1) {
                return Optional.empty();
            }
        }
    }
}
