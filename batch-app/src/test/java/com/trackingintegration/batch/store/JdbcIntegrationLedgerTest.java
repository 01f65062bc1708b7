package com.trackingintegration.batch.store;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.integration.OrderIntegration;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.port.IntegrationLedger.Entry;
import com.trackingintegration.domain.settings.IntegrationSettings;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.trackingintegration.domain.fixtures.OrderBuilder.address;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;
import static org.assertj.core.api.Assertions.assertThat;

/** The ledger by delivery service, on the product's schema, including a database written by the ledger before it. */
class JdbcIntegrationLedgerTest {

    private static final DeliveryServiceId SERVICE = new DeliveryServiceId("1-01", "500", "1");

    private final SimpleDriverDataSource db = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(), "jdbc:hsqldb:mem:ledger-" + UUID.randomUUID(), "SA", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(db);
    private final JdbcIntegrationLedger ledger = new JdbcIntegrationLedger(jdbc, Clock.systemUTC());

    JdbcIntegrationLedgerTest() {
        start();
    }

    /** What every start of the application does to the database: run the schema script. */
    private void start() {
        new ResourceDatabasePopulator(new ClassPathResource("db/tracking-integration-schema.sql")).execute(db);
    }

    private static DeliveryServiceRequest request(String street) {
        Order order = anInvoicedOrder().withId("1-01").withInvoice(anOutputInvoice("500").withSeries("1"))
                .withAddress(address(street, "1", "22630-011", "RJ")).build();
        return new OrderIntegration(IntegrationSettings.defaults()).decide(order, List.of()).toSend().get(0);
    }

    @Test
    void a_changed_version_marked_pending_keeps_the_version_tracking_acknowledged() {
        DeliveryServiceRequest first = request("Avenida Lúcio Costa");
        ledger.record(List.of(new Entry(SERVICE, first.fingerprint(), true, "")));

        ledger.markPending(List.of(request("Rua Nova")), 7);

        assertThat(ledger.lastSent(SERVICE)).contains(first.fingerprint());
        assertThat(ledger.pendingAmong(List.of("1-01"))).singleElement()
                .satisfies(pending -> assertThat(pending.fingerprint()).isEqualTo(request("Rua Nova").fingerprint()))
                .satisfies(pending -> assertThat(pending.acknowledgedVersions()).isEqualTo(1));
    }

    @Test
    void a_changed_version_refused_keeps_the_version_tracking_acknowledged() {
        DeliveryServiceRequest first = request("Avenida Lúcio Costa");
        ledger.record(List.of(new Entry(SERVICE, first.fingerprint(), true, "")));

        ledger.record(List.of(new Entry(SERVICE, request("Rua Nova").fingerprint(), false, "VTEX Tracking answered 400")));

        assertThat(ledger.lastSent(SERVICE)).contains(first.fingerprint());
    }

    @Test
    void the_same_number_on_another_order_or_in_another_series_is_another_delivery_service() {
        ledger.record(List.of(new Entry(SERVICE, request("Avenida Lúcio Costa").fingerprint(), true, "")));

        assertThat(ledger.lastSent(new DeliveryServiceId("2-01", "500", "1"))).isEmpty();
        assertThat(ledger.lastSent(new DeliveryServiceId("1-01", "500", "2"))).isEmpty();
    }

    @Test
    void the_former_ledger_is_carried_over_once_with_an_unknown_series_that_the_first_write_adopts() {
        Fingerprint sent = request("Avenida Lúcio Costa").fingerprint();
        Fingerprint pending = request("Rua Nova").fingerprint();
        jdbc.update("INSERT INTO TI_LEDGER (ORDER_ID, INVOICE_NUMBER, FINGERPRINT, STATE, MESSAGE, EXECUTION_ID, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)",
                "1-01", "500", sent.value(), "SENT", "", 3L, UtcTimes.column(Instant.now()));
        jdbc.update("INSERT INTO TI_LEDGER (ORDER_ID, INVOICE_NUMBER, FINGERPRINT, STATE, MESSAGE, EXECUTION_ID, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)",
                "2-01", "600", pending.value(), "PENDING", "", 3L, UtcTimes.column(Instant.now()));

        start();

        assertThat(ledger.lastSent(SERVICE)).as("the series unknown matches any").contains(sent);
        assertThat(ledger.pendingAmong(List.of("2-01"))).singleElement()
                .satisfies(mark -> assertThat(mark.acknowledgedVersions()).isZero());

        ledger.record(List.of(new Entry(SERVICE, pending, true, "")));
        start();

        assertThat(jdbc.queryForList("SELECT ORDER_ID || '/' || INVOICE_NUMBER || '/' || INVOICE_SERIES || ':' || ACKNOWLEDGED_VERSIONS"
                + " FROM TI_DELIVERY_LEDGER ORDER BY ORDER_ID", String.class)).containsExactly("1-01/500/1:2", "2-01/600/:0");
    }
}
