package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.port.ErpOrderInbox;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** What the JSON Lines and CSV readers share: the position reached, and bad lines kept in the rejects file. */
abstract class InboxFileReader implements ErpOrderInbox.Reader {

    protected final Path file;
    protected long position;
    private final RejectsFile rejects;
    private final Closeable source;

    InboxFileReader(Path file, RejectsFile rejects, Closeable source) {
        this.file = file;
        this.rejects = rejects;
        this.source = source;
    }

    /** The line as read: an order, or its problems, which are also written to the rejects file. */
    protected ErpOrderInbox.Line lineOf(long line, ErpOrderReading.Result result) {
        if (!result.problems().isEmpty()) {
            rejects.add(line, result.problems());
        }
        return new ErpOrderInbox.Line(file.getFileName().toString(), line, result.order(), result.problems());
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void close() {
        try (rejects) {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close ERP file " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
