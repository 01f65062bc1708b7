package com.trackingintegration.batch.statussync;

import com.trackingintegration.domain.port.DeliveryStatuses;
import com.trackingintegration.domain.status.ServiceStatus;
import com.trackingintegration.domain.status.TrackingStatus;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The delivery services VTEX Tracking reports in each followed status, one status query after the other. The state
 * saved is the query being read and how far: a query read to its end is recorded as asked (VTEX's six-hour rule) in
 * the same transaction as the chunk that read its last page, so a failed chunk leaves it to be asked again.
 */
class StatusChangesReader implements ItemStreamReader<ServiceStatus> {

    static final List<TrackingStatus> FOLLOWED = List.of(TrackingStatus.ROTEIRIZADO, TrackingStatus.EM_ANDAMENTO,
            TrackingStatus.REALIZADO, TrackingStatus.NAO_REALIZADO);
    private static final String QUERY = "statusSync.query";
    private static final String READ = "statusSync.read";

    private final DeliveryStatuses statuses;
    private final LocalDate from;
    private final LocalDate to;
    private int query;
    private long read;
    private Stream<ServiceStatus> stream;
    private Iterator<ServiceStatus> current;

    StatusChangesReader(DeliveryStatuses statuses, LocalDate from, LocalDate to) {
        this.statuses = statuses;
        this.from = from;
        this.to = to;
    }

    @Override
    public void open(ExecutionContext context) {
        query = context.containsKey(QUERY) ? context.getInt(QUERY) : 0;
        long skip = context.containsKey(READ) ? context.getLong(READ) : 0;
        if (query < FOLLOWED.size()) {
            start();
            for (; read < skip && current.hasNext(); read++) {
                current.next();
            }
        }
    }

    @Override
    public ServiceStatus read() {
        while (query < FOLLOWED.size()) {
            if (current.hasNext()) {
                read++;
                return current.next();
            }
            stream.close();
            query++;
            if (query < FOLLOWED.size()) {
                start();
            }
        }
        return null;
    }

    private void start() {
        read = 0;
        stream = statuses.inStatus(FOLLOWED.get(query), from, to);
        current = stream.iterator();
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(QUERY, query);
        context.putLong(READ, read);
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
