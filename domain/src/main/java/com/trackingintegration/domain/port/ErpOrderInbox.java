package com.trackingintegration.domain.port;

import com.trackingintegration.domain.external.ErpOrder;
import com.trackingintegration.domain.external.FieldProblem;

import java.util.List;
import java.util.Optional;

/**
 * The files of orders the ERP drops for import. A file is read line by line from a saved position, so a restarted
 * import goes on at the next unread line; each file is imported once, then set aside.
 */
public interface ErpOrderInbox {

    /** The files complete and ready to import, oldest first. */
    List<String> readyFiles();

    /**
     * Opens a file after the lines already read. A file that cannot be imported whole (empty, cut off in the middle of
     * a line, not UTF-8) is refused here with an {@link IllegalStateException} naming the file and the fault, before
     * any of its lines is read.
     */
    Reader open(String file, long linesAlreadyRead);

    void markProcessed(String file);

    void markFailed(String file, String reason);

    /** Reads one file; each line becomes an order or a list of what is wrong with it, never nothing. */
    interface Reader extends AutoCloseable {

        Optional<Line> next();

        /** How many lines (CSV: records) are consumed so far: what to save, and to pass to {@link #open} on restart. */
        long position();

        @Override
        void close();
    }

    /** One line of a file: the order read, or why it could not be. */
    record Line(String file, long lineNumber, Optional<ErpOrder> order, List<FieldProblem> problems) {
        public Line {
            problems = List.copyOf(problems);
            if (order.isPresent() == !problems.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": a line is either an order or its problems");
            }
        }
    }
}
