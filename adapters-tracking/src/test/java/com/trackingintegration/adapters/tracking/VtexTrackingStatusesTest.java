package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.port.QueryHistory;
import com.trackingintegration.domain.status.ServiceStatus;
import com.trackingintegration.domain.status.StatusQuery;
import com.trackingintegration.domain.status.TrackingStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.page;
import static com.trackingintegration.adapters.tracking.TrackingTestSupport.serviceExample;
import static org.assertj.core.api.Assertions.assertThat;

class VtexTrackingStatusesTest extends TrackingWireMockTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 27);
    private static final String QUERY = "/receiver/services?status=Realizado&dateInit=2026-11-01&dateEnd=2026-11-27";

    private final Map<String, Instant> asked = new HashMap<>();
    private final QueryHistory history = new QueryHistory() {
        @Override
        public Optional<Instant> lastAsked(String query) {
            return Optional.ofNullable(asked.get(query));
        }

        @Override
        public void asked(String query, Instant at) {
            asked.put(query, at);
        }
    };

    private VtexTrackingStatuses statuses(int pageSize) {
        stubLogin();
        return new VtexTrackingStatuses(api(50, pageSize), history, clock);
    }

    private void stubPages() {
        server.stubFor(get(QUERY + "&pageSize=2&page=1").willReturn(okJson(page(1, 2, List.of(
                serviceExample(1, "1001", "ORD-1", "Realizado"), serviceExample(2, "1002", "ORD-2", "Realizado"))))));
        server.stubFor(get(QUERY + "&pageSize=2&page=2").willReturn(okJson(page(2, 2, List.of(
                serviceExample(3, "1003", "ORD-3", "Realizado"))))));
    }

    private static List<ServiceStatus> all(VtexTrackingStatuses statuses, TrackingStatus status) {
        return statuses.queries(status, FROM, TO).stream().flatMap(q -> statuses.find(q).orElseThrow()).toList();
    }

    @Test
    void pages_through_the_services_in_a_status_until_a_short_page() {
        VtexTrackingStatuses statuses = statuses(2);
        stubPages();

        List<ServiceStatus> found = all(statuses, TrackingStatus.REALIZADO);

        assertThat(found).extracting(ServiceStatus::invoiceNumber).containsExactly("1001", "1002", "1003");
        assertThat(found.get(0).status()).isEqualTo(TrackingStatus.REALIZADO);
        assertThat(found.get(0).idDeliveryService()).isEqualTo("1");
        assertThat(found.get(0).orderId()).isEqualTo("ORD-1");
        assertThat(found.get(0).changedAt()).isEqualTo(java.time.OffsetDateTime.parse("2024-07-18T10:30:00Z"));
        assertThat(found.get(0).city()).isEqualTo("Curitiba");
        assertThat(found.get(0).state()).isEqualTo("AL");
        assertThat(found.get(0).nonDeliveryReason()).isEqualTo("Nobody answered the door.");
    }

    @Test
    void a_query_the_caller_recorded_is_not_asked_again_within_six_hours_and_is_after() {
        VtexTrackingStatuses statuses = statuses(2);
        stubPages();
        StatusQuery query = statuses.queries(TrackingStatus.REALIZADO, FROM, TO).get(0);
        statuses.find(query).orElseThrow().toList();
        history.asked(query.key(), clock.instant());

        clock.advance(Duration.ofHours(5).plusMinutes(59));
        assertThat(statuses.find(query)).isEmpty();
        server.verify(1, getRequestedFor(urlEqualTo(QUERY + "&pageSize=2&page=1")));
        assertThat(logs()).contains("VTEX asks for at most one such call every 6 hours");

        clock.advance(Duration.ofMinutes(1));
        assertThat(statuses.find(query).orElseThrow().toList()).hasSize(3);
        server.verify(2, getRequestedFor(urlEqualTo(QUERY + "&pageSize=2&page=1")));
    }

    @Test
    void reading_a_query_to_its_end_records_nothing_the_caller_records_it_once_it_has_kept_what_it_found() {
        VtexTrackingStatuses statuses = statuses(2);
        stubPages();

        all(statuses, TrackingStatus.REALIZADO);

        assertThat(asked).isEmpty();
    }

    @Test
    void a_page_is_asked_only_once_the_one_before_it_is_used_up() {
        VtexTrackingStatuses statuses = statuses(2);
        stubPages();

        statuses.find(statuses.queries(TrackingStatus.REALIZADO, FROM, TO).get(0)).orElseThrow().limit(2).toList();

        server.verify(0, getRequestedFor(urlEqualTo(QUERY + "&pageSize=2&page=2")));
    }

    @Test
    void a_long_period_is_asked_in_spans_of_thirty_days() {
        VtexTrackingStatuses statuses = statuses(25);
        server.stubFor(get(urlPathEqualTo("/receiver/services")).willReturn(notFound()));

        List<StatusQuery> queries = statuses.queries(TrackingStatus.EM_ANDAMENTO, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 14));
        queries.forEach(q -> statuses.find(q).orElseThrow().toList());

        assertThat(queries).extracting(StatusQuery::key).containsExactly(
                "/services?status=EmAndamento&dateInit=2026-10-01&dateEnd=2026-10-30",
                "/services?status=EmAndamento&dateInit=2026-10-31&dateEnd=2026-11-14");
        server.verify(getRequestedFor(urlEqualTo("/receiver/services?status=EmAndamento&dateInit=2026-10-01&dateEnd=2026-10-30&pageSize=25&page=1")));
        server.verify(getRequestedFor(urlEqualTo("/receiver/services?status=EmAndamento&dateInit=2026-10-31&dateEnd=2026-11-14&pageSize=25&page=1")));
    }

    @Test
    void statuses_this_integration_does_not_follow_are_left_out() {
        VtexTrackingStatuses statuses = statuses(25);
        server.stubFor(get(urlPathEqualTo("/receiver/services")).willReturn(okJson(page(1, 25, List.of(
                serviceExample(1, "1001", "ORD-1", "Pausado"), serviceExample(2, "1002", "ORD-2", "Em Andamento"))))));

        assertThat(all(statuses, TrackingStatus.EM_ANDAMENTO)).extracting(ServiceStatus::invoiceNumber).containsExactly("1002");
    }
}
