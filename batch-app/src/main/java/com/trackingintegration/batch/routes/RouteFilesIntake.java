package com.trackingintegration.batch.routes;

import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.batch.store.JdbcRouteAssignments;
import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.port.RouteInbox;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
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
            RouteInbox.RouteFile read;
            try {
                read = inbox.read(file);
            } catch (IllegalStateException refused) {
                inbox.markFailed(file, refused.getMessage());
                ownTransaction.executeWithoutResult(status -> outcomes.add(executionId, List.of(rejected(file + ":0", refused.getMessage()))));
                continue;
            }
            ownTransaction.executeWithoutResult(status -> {
                routes.save(read.routes());
                outcomes.add(executionId, read.rejected().stream().map(row -> rejected(file + ":" + row.line(), file + ":" + row.line() + " "
                        + row.problems().stream().map(FieldProblem::toString).collect(Collectors.joining("; ")))).toList());
            });
            inbox.markProcessed(file);
        }
    }

    private static JdbcOutcomes.Row rejected(String id, String detail) {
        return new JdbcOutcomes.Row(id, "", JdbcOutcomes.Outcome.REJECTED, Reason.INVALID_DATA, detail);
    }
}
