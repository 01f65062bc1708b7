package com.trackingintegration.batch.routes;

import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcRouteAssignments;
import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.port.RouteAssignments;
import com.trackingintegration.domain.port.RouteInbox;
import com.trackingintegration.domain.route.RouteAssignment;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Takes in the route files that arrived: each file's routes and its rejected rows (reported as {@code file:line})
 * are committed, then the file is archived. A crash between the two reads the file again on the next run, which
 * stores the same routes again; nothing is lost. A file that cannot be read is moved to failed/ and reported as one
 * rejected row: the run goes on.
 */
public class RouteFilesIntake {

    private final RouteInbox inbox;
    private final JdbcRouteAssignments routes;
    private final JdbcOutcomes outcomes;
    private final TransactionTemplate ownTransaction;

    public RouteFilesIntake(RouteInbox inbox, JdbcRouteAssignments routes, JdbcOutcomes outcomes, TransactionTemplate ownTransaction) {
        this.inbox = inbox;
        this.routes = routes;
        this.outcomes = outcomes;
        this.ownTransaction = ownTransaction;
    }

    public void takeIn(long executionId) {
        for (String file : inbox.readyFiles()) {
            takeIn(file, executionId, routes::save);
        }
    }

    /**
     * For a dry run, given a read-only inbox: the files are read and their bad rows reported as usual, but their routes
     * are not stored; the orders are judged with them over the stored ones, as the real run will judge them.
     */
    public RouteAssignments preview(long executionId) {
        PreviewedRoutes read = new PreviewedRoutes(routes);
        for (String file : inbox.readyFiles()) {
            takeIn(file, executionId, read::add);
        }
        return read;
    }

    private void takeIn(String file, long executionId, Consumer<List<RouteAssignment>> keep) {
        RouteInbox.RouteFile read;
        try {
            read = inbox.read(file);
        } catch (IllegalStateException refused) {
            inbox.markFailed(file, refused.getMessage());
            ownTransaction.executeWithoutResult(status -> outcomes.add(executionId, List.of(rejected(file + ":0", refused.getMessage()))));
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            keep.accept(read.routes());
            outcomes.add(executionId, read.rejected().stream().map(row -> rejected(file + ":" + row.line(), file + ":" + row.line() + " "
                    + row.problems().stream().map(FieldProblem::toString).collect(Collectors.joining("; ")))).toList());
        });
        inbox.markProcessed(file);
    }

    private static JdbcOutcomes.Row rejected(String id, String detail) {
        return new JdbcOutcomes.Row(id, "", JdbcOutcomes.Outcome.REJECTED, Reason.INVALID_DATA, detail);
    }
}
