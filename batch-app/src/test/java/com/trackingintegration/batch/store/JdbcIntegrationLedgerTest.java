package com.trackingintegration.batch.store;

import com.trackingintegration.batch.db.TestDatabase;
import com.trackingintegration.batch.db.TestDatabases;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.integration.OrderIntegration;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.port.IntegrationLedger.Entry;
import com.trackingintegration.domain.settings.IntegrationSettings;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static com.trackingintegration.domain.fixtures.OrderBuilder.address;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;
import static org.assertj.core.api.Assertions.assertThat;

/** The ledger by delivery service, on the product's schema, including a database written by the ledger before it. */
@ParameterizedClass
@EnumSource(TestDatabases.class)
class JdbcIntegrationLedgerTest {

    private static final DeliveryServiceId SERVICE = new DeliveryServiceId("1-01", "500", "1");

    private final DataSource db;
    private final JdbcTemplate jdbc;
    private final JdbcIntegrationLedger ledger;

    JdbcIntegrationLedgerTest(TestDatabases database) {
        db = database.fresh().dataSource();
        TestDatabase.migrate(db);
        jdbc = new JdbcTemplate(db);
        ledger = new JdbcIntegrationLedger(jdbc, Clock.systemUTC());
    }

    /** The first start of a release with Flyway on a database the schema script made (its tables, no history). */
    private void firstStartWithFlyway() {
        TestDatabase.forgetMigrations(db);
        TestDatabase.migrate(db);
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

        firstStartWithFlyway();

        assertThat(ledger.lastSent(SERVICE)).as("the series unknown matches any").contains(sent);
        assertThat(ledger.pendingAmong(List.of("2-01"))).singleElement()
                .satisfies(mark -> assertThat(mark.acknowledgedVersions()).isZero());

        ledger.record(List.of(new Entry(SERVICE, pending, true, "")));
        firstStartWithFlyway();

        assertThat(jdbc.queryForList("SELECT ORDER_ID || '/' || INVOICE_NUMBER || '/' || INVOICE_SERIES || ':' || ACKNOWLEDGED_VERSIONS"
                + " FROM TI_DELIVERY_LEDGER ORDER BY ORDER_ID", String.class)).containsExactly("1-01/500/1:2", "2-01/600/:0");
    }
}
