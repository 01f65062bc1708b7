package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.port.ErpOrderInbox;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** What the JSON Lines and CSV readers share: the position reached, and bad lines kept in the rejects file. */
abstract class InboxFileReader implements ErpOrderInbox.Reader {

    protected final Path file;
    protected long position;
    private final Closeable source;
    private final boolean writesRejects;
    /** Null when no rejects file is written (a read-only inbox): the lines' problems are still returned. */
    private RejectsFile rejects;

    InboxFileReader(Path file, Closeable source, boolean writesRejects) {
        this.file = file;
        this.source = source;
        this.writesRejects = writesRejects;
    }

    /** Called once the lines already read are passed over: rejects of the lines after them are written again. */
    protected void keepRejectsUpTo(long line) {
        rejects = writesRejects ? new RejectsFile(file, line) : null;
    }

    /** The line as read: an order, or its problems, which are also written to the rejects file. */
    protected ErpOrderInbox.Line lineOf(long line, ErpOrderReading.Result result) {
        if (!result.problems().isEmpty() && rejects != null) {
            rejects.add(line, result.problems());
        }
        return new ErpOrderInbox.Line(file.getFileName().toString(), line, result.order(), result.problems());
    }

    /** Problems of a line that are written to the rejects file under another line (a bad row of a CSV order). */
    protected void rejectAt(long line, List<FieldProblem> problems) {
        if (rejects != null) {
            rejects.add(line, problems);
        }
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void close() {
        try (RejectsFile closing = rejects) {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close ERP file " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
