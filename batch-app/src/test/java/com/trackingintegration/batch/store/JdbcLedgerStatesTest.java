package com.trackingintegration.batch.store;

import com.trackingintegration.batch.db.TestDatabases;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.Reason;
import com.trackingintegration.domain.integration.Verdict;
import com.trackingintegration.domain.order.TimeWindow;
import com.trackingintegration.domain.port.IntegrationLedger.Entry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which orders the ledger holds for a reconciled window: by when the OMS invoiced them, or, for older rows, when they were written. */
@ParameterizedClass
@EnumSource(TestDatabases.class)
class JdbcLedgerStatesTest {

    private static final TimeWindow NOV_26 = new TimeWindow(Instant.parse("2026-11-26T00:00:00Z"), Instant.parse("2026-11-27T00:00:00Z"));
    private static final Fingerprint SENT = new Fingerprint("cd".repeat(32));

    private final JdbcTemplate jdbc;

    JdbcLedgerStatesTest(TestDatabases database) {
        jdbc = database.fresh().migrated();
    }

    @Test
    void an_order_is_the_windows_by_its_invoicing_time_and_a_row_without_one_by_when_it_was_written_with_a_day_of_grace() {
        sent("invoiced-in", "2026-11-28T09:00:00Z", Optional.of("2026-11-26T10:00:00Z"));
        sent("invoiced-before", "2026-11-26T09:00:00Z", Optional.of("2026-11-25T23:00:00Z"));
        sent("old-row-written-next-day", "2026-11-27T20:00:00Z", Optional.empty());
        sent("old-row-written-later", "2026-11-28T00:00:00Z", Optional.empty());

        List<String> orders = new JdbcLedgerStates(jdbc, Clock.systemUTC()).ordersInvoicedIn(NOV_26);

        assertThat(orders).containsExactly("invoiced-in", "old-row-written-next-day");
    }

    @Test
    void a_removed_packing_list_is_no_longer_sent_and_acknowledges_nothing_yet_still_reads_as_removed() {
        DeliveryServiceId service = new DeliveryServiceId("canceled-after-import", "1", "");
        JdbcIntegrationLedger ledger = new JdbcIntegrationLedger(jdbc, Clock.systemUTC());
        ledger.record(List.of(new Entry(service, SENT, true, "")));
        JdbcLedgerStates states = new JdbcLedgerStates(jdbc, Clock.systemUTC());

        states.markRemoved(List.of(service));

        assertThat(ledger.lastSent(service)).as("nativeImport's send-once must not take the removed version for sent").isEmpty();
        assertThat(jdbc.queryForObject("SELECT ACKNOWLEDGED_VERSIONS FROM TI_DELIVERY_LEDGER WHERE ORDER_ID = 'canceled-after-import'", Integer.class))
                .as("Tracking holds none of ours live: a later send's restart check counts from 0").isZero();
        assertThat(states.of(List.of("canceled-after-import")).get("canceled-after-import"))
                .as("reconcile still knows it removed it").singleElement()
                .satisfies(state -> assertThat(state.removed()).isTrue()).satisfies(state -> assertThat(state.acknowledged()).isEmpty());
    }

    /** A row written at {@code writtenAt} by the import, which noted the invoicing time the OMS gave, if any. */
    private void sent(String orderId, String writtenAt, Optional<String> invoicedAt) {
        JdbcIntegrationLedger ledger = new JdbcIntegrationLedger(jdbc, Clock.fixed(Instant.parse(writtenAt), ZoneOffset.UTC));
        ledger.record(List.of(new Entry(new DeliveryServiceId(orderId, "1", ""), SENT, true, "")));
        ledger.noteInvoicedAt(List.of(new OrderDecision(orderId, List.of(Verdict.of(orderId, "1", Reason.ALREADY_SENT, "")), "",
                invoicedAt.map(Instant::parse))));
    }
}
