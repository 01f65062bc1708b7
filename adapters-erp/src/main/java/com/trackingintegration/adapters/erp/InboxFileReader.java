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
    private RejectsFile rejects;

    InboxFileReader(Path file, Closeable source) {
        this.file = file;
        this.source = source;
    }

    /** Called once the lines already read are passed over: rejects of the lines after them are written again. */
    protected void keepRejectsUpTo(long line) {
        rejects = new RejectsFile(file, line);
    }

    /** The line as read: an order, or its problems, which are also written to the rejects file. */
    protected ErpOrderInbox.Line lineOf(long line, ErpOrderReading.Result result) {
        if (!result.problems().isEmpty()) {
            rejects.add(line, result.problems());
        }
        return new ErpOrderInbox.Line(file.getFileName().toString(), line, result.order(), result.problems());
    }

    /** Problems of a line that are written to the rejects file under another line (a bad row of a CSV order). */
    protected void rejectAt(long line, List<FieldProblem> problems) {
        rejects.add(line, problems);
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
