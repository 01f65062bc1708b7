package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.port.DeliveryStatuses;
import com.trackingintegration.domain.port.QueryHistory;
import com.trackingintegration.domain.status.ServiceStatus;
import com.trackingintegration.domain.status.StatusQuery;
import com.trackingintegration.domain.status.TrackingStatus;
import com.trackingintegration.http.HttpCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Delivery statuses from {@code GET /services}, page by page, in spans of at most 30 days (VTEX Tracking's limit).
 * VTEX asks that the same GET be made at most once every six hours: a query the caller's {@link QueryHistory} says was
 * made sooner is not sent. Recording a query is the caller's: only it knows when the services found are safely handled.
 */
public final class VtexTrackingStatuses implements DeliveryStatuses {

    private static final Logger log = LoggerFactory.getLogger(VtexTrackingStatuses.class);

    /** VTEX Tracking refuses list queries spanning more than 30 days. */
    static final int MAX_DAYS_PER_QUERY = 30;
    /** Tracking writes some dates without an offset; they are Brasília time. */
    private static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");

    private final TrackingApi api;
    private final QueryHistory history;
    private final Clock clock;

    public VtexTrackingStatuses(TrackingSettings settings, QueryHistory history) {
        this(new TrackingApi(settings, Clock.systemUTC()), history, Clock.systemUTC());
    }

    VtexTrackingStatuses(TrackingApi api, QueryHistory history, Clock clock) {
        this.api = api;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public List<StatusQuery> queries(TrackingStatus status, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("status query from " + from + " to " + to + ": the end is before the start");
        }
        List<StatusQuery> queries = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(MAX_DAYS_PER_QUERY)) {
            LocalDate last = start.plusDays(MAX_DAYS_PER_QUERY - 1L);
            LocalDate end = last.isAfter(to) ? to : last;
            queries.add(new StatusQuery(status, start, end, HttpCall.withQuery("/services", filter(status, start, end))));
        }
        return queries;
    }

    private static Map<String, String> filter(TrackingStatus status, LocalDate from, LocalDate to) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("status", status.apiValue());
        filter.put("dateInit", from.toString());
        filter.put("dateEnd", to.toString());
        return filter;
    }

    @Override
    public Optional<Stream<ServiceStatus>> find(StatusQuery query) {
        Optional<Instant> last = history.lastAsked(query.key());
        if (last.isPresent() && last.get().plus(api.settings().minimumQueryInterval()).isAfter(clock.instant())) {
            log.info("Not asking VTEX Tracking {} again: asked at {}, and VTEX asks for at most one such call every {} hours",
                    query.key(), last.get(), api.settings().minimumQueryInterval().toHours());
            return Optional.empty();
        }
        Iterator<ServiceStatus> pages = new Pages(filter(query.status(), query.from(), query.to()));
        return Optional.of(TrackingApi.PORT.stream(
                () -> StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false)));
    }

    private Optional<ServiceStatus> toStatus(ServicePageJson.Service service) {
        Optional<TrackingStatus> status = Optional.ofNullable(service.deliveryServiceStatus())
                .flatMap(s -> TrackingStatus.parse(s.description()));
        Optional<OffsetDateTime> at = dateOf(service.deliveryDateTime()).or(() -> dateOf(service.created()));
        if (status.isEmpty() || at.isEmpty()) {
            log.debug("Delivery service {} has no status or date this integration follows; left out", service.idDeliveryService());
            return Optional.empty();
        }
        String city = Optional.ofNullable(service.shipperCustomer()).map(ServicePageJson.Recipient::addressCity).orElse(service.addressCity());
        String state = Optional.ofNullable(service.shipperCustomer()).map(ServicePageJson.Recipient::state)
                .or(() -> Optional.ofNullable(service.state())).map(ServicePageJson.Coded::code).orElse("");
        return Optional.of(new ServiceStatus(service.idDeliveryService() == null ? "" : service.idDeliveryService().toString(),
                service.orderNumber(), service.invoiceOrderOfService(), status.get(), at.get(), city, state, "",
                Optional.ofNullable(service.nonDeliveryReason()).map(ServicePageJson.Described::description).orElse("")));
    }

    private static Optional<OffsetDateTime> dateOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException noOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).atZone(BRAZIL).toOffsetDateTime());
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }

    /** Reads one query page by page, each page only when the one before it has been used up. */
    private final class Pages implements Iterator<ServiceStatus> {
        private final Map<String, String> filter;
        private Iterator<ServiceStatus> current = List.<ServiceStatus>of().iterator();
        private int page;
        private boolean lastPageRead;

        Pages(Map<String, String> filter) {
            this.filter = filter;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !lastPageRead) {
                readNextPage();
            }
            return current.hasNext();
        }

        @Override
        public ServiceStatus next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        private void readNextPage() {
            page++;
            Map<String, String> params = new LinkedHashMap<>(filter);
            params.put("pageSize", String.valueOf(api.settings().pageSize()));
            params.put("page", String.valueOf(page));
            HttpCall call = HttpCall.get(HttpCall.withQuery("/services", params));
            List<ServicePageJson.Service> services = api.sendUnlessNotFound(call)
                    .map(reply -> TrackingJson.read(reply.body(), ServicePageJson.class, "a page of delivery services").services())
                    .orElse(List.of());
            current = services.stream().map(VtexTrackingStatuses.this::toStatus).flatMap(Optional::stream).iterator();
            lastPageRead = services.size() < api.settings().pageSize();
        }
    }
}
