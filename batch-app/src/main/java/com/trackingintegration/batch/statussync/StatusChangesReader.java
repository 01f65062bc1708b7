package com.trackingintegration.batch.statussync;

import com.trackingintegration.domain.port.DeliveryStatuses;
import com.trackingintegration.domain.port.QueryHistory;
import com.trackingintegration.domain.status.ServiceStatus;
import com.trackingintegration.domain.status.StatusQuery;
import com.trackingintegration.domain.status.TrackingStatus;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The delivery services VTEX Tracking reports in each followed status, one status query after the other. The state
 * saved is the query being read. A query is recorded as asked (VTEX's six-hour rule) by the read that finds it used
 * up: Spring Batch reads a chunk's items inside the chunk's transaction, and that read comes after the query's last
 * service, in the chunk holding it or a later one. So the query is remembered only once the chunk holding its last
 * service has committed; a chunk that fails leaves it to be asked again on restart.
 */
class StatusChangesReader implements ItemStreamReader<ServiceStatus> {

    static final List<TrackingStatus> FOLLOWED = List.of(TrackingStatus.ROTEIRIZADO, TrackingStatus.EM_ANDAMENTO,
            TrackingStatus.REALIZADO, TrackingStatus.NAO_REALIZADO);
    private static final String QUERY = "statusSync.query";

    private final DeliveryStatuses statuses;
    private final QueryHistory history;
    private final Clock clock;
    private final List<StatusQuery> queries;
    private int query;
    private Optional<Stream<ServiceStatus>> asked = Optional.empty();
    private Iterator<ServiceStatus> current;

    StatusChangesReader(DeliveryStatuses statuses, QueryHistory history, Clock clock, LocalDate from, LocalDate to) {
        this.statuses = statuses;
        this.history = history;
        this.clock = clock;
        this.queries = FOLLOWED.stream().flatMap(status -> statuses.queries(status, from, to).stream()).toList();
    }

    /**
     * A restart asks its query again from the first page rather than skipping what was read: the changes already sent
     * are known (the processor leaves them out), and a listing that moved in between loses nothing.
     */
    @Override
    public void open(ExecutionContext context) {
        query = context.containsKey(QUERY) ? context.getInt(QUERY) : 0;
    }

    @Override
    public ServiceStatus read() {
        while (query < queries.size()) {
            if (current == null) {
                asked = statuses.find(queries.get(query));
                current = asked.map(Stream::iterator).orElse(Collections.emptyIterator());
            }
            if (current.hasNext()) {
                return current.next();
            }
            usedUp();
        }
        return null;
    }

    /** A query not asked (made less than six hours ago) is not recorded again: that would put its next asking off. */
    private void usedUp() {
        if (asked.isPresent()) {
            asked.get().close();
            history.asked(queries.get(query).key(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        }
        asked = Optional.empty();
        current = null;
        query++;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(QUERY, query);
    }

    @Override
    public void close() {
        asked.ifPresent(Stream::close);
    }
}
