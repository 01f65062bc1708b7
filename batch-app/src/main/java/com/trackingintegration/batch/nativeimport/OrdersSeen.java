package com.trackingintegration.batch.nativeimport;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The orders a run has already had, so that each is judged and sent once however often its source repeats it:
 * VTEX's List orders reads a live index (an order can move from one page to the next while the run pages through
 * it), and the Orders Feed delivers duplicates by design. A run is a job instance: its restarts are new executions
 * of it, and skip what an earlier one did.
 *
 * <p>Memory stays bounded whatever the size of the night: only the orders in flight (handed out or fetched ahead,
 * their chunk not yet committed) are held here; once their chunk commits they are forgotten, and their outcomes in
 * the database say they are done. Each batch of ids is checked against both before any of its orders is fetched.
 */
public class OrdersSeen {

    /**
     * A batch of ids sorted out, each id once.
     *
     * @param fresh    not had yet by this run: to fetch and hand out, and in flight from now on
     * @param inFlight in a chunk of this execution that has not committed yet
     * @param done     recorded as done by this run, in this execution or an earlier one
     */
    record Sorted(List<String> fresh, List<String> inFlight, List<String> done) {
    }

    private final Function<Collection<String>, Set<String>> doneAmong;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    /** @param doneAmong those of the ids given that this run recorded as done (committed) */
    public OrdersSeen(Function<Collection<String>, Set<String>> doneAmong) {
        this.doneAmong = doneAmong;
    }

    /**
     * Called from one thread at a time (the prefetch's lister, or the step's): the other side only forgets orders,
     * after their chunk committed.
     */
    synchronized Sorted claim(Collection<String> ids) {
        Set<String> distinct = new LinkedHashSet<>(ids);
        // In flight first, then the database: an order leaves the first only once its chunk committed, so an order
        // not found in flight here is either new or already visible as done to the query that follows.
        List<String> flying = distinct.stream().filter(inFlight::contains).toList();
        flying.forEach(distinct::remove);
        Set<String> done = distinct.isEmpty() ? Set.of() : doneAmong.apply(distinct);
        List<String> fresh = new ArrayList<>();
        List<String> alreadyDone = new ArrayList<>();
        for (String id : distinct) {
            (done.contains(id) ? alreadyDone : fresh).add(id);
        }
        inFlight.addAll(fresh);
        return new Sorted(List.copyOf(fresh), flying, List.copyOf(alreadyDone));
    }

    /** The ids to fetch of a batch: those this run has not had yet. */
    List<String> fresh(List<String> ids) {
        return claim(ids).fresh();
    }

    /** Called inside the chunk's transaction: once it commits, its orders are done in the database and forgotten here. */
    public void forgetAfterTransaction(Collection<String> orderIds) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                orderIds.forEach(inFlight::remove);
            }
        });
    }
}
