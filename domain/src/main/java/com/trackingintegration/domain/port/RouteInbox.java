package com.trackingintegration.domain.port;

import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.route.RouteAssignment;

import java.util.List;

/**
 * The files of routes made outside VTEX Tracking ({@code routes-*.csv}), each read once, whole, then set aside: the
 * routes read are kept by the caller ({@link RouteAssignments}), so a file is never read twice.
 */
public interface RouteInbox {

    /** The route files complete and ready, oldest first. */
    List<String> readyFiles();

    /**
     * Reads a whole file. Its bad rows are also kept beside it. A file that cannot be read at all (empty, cut off, not
     * UTF-8, without the needed columns, a quote never closed) is refused with an {@link IllegalStateException}
     * naming the file and the fault.
     */
    RouteFile read(String file);

    void markProcessed(String file);

    void markFailed(String file, String reason);

    /** The routes of a file, and its rows that are not routes. */
    record RouteFile(String file, List<RouteAssignment> routes, List<RejectedRow> rejected) {
        public RouteFile {
            routes = List.copyOf(routes);
            rejected = List.copyOf(rejected);
        }
    }

    record RejectedRow(long line, List<FieldProblem> problems) {
        public RejectedRow {
            problems = List.copyOf(problems);
        }
    }
}
