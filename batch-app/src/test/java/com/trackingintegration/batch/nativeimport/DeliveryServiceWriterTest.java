package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.store.JdbcIntegrationLedger;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.fixtures.OrderBuilder;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static com.trackingintegration.batch.nativeimport.WriterFixture.fingerprintOf;
import static com.trackingintegration.batch.nativeimport.WriterFixture.order;
import static com.trackingintegration.domain.fixtures.OrderBuilder.address;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** nativeImport's writer: one identity per delivery service, the restart after a crash, and copies of one order. */
class DeliveryServiceWriterTest {

    private final WriterFixture fixture = new WriterFixture();
    private final InMemoryTracking tracking = fixture.tracking;
    private final JdbcIntegrationLedger ledger = fixture.ledger;

    private void write(Lookup... lookups) {
        fixture.write(lookups);
    }

    private static Lookup found(Order order) {
        return Lookup.found(order);
    }

    private List<String> outcomes() {
        return fixture.outcomes();
    }

    @Test
    void two_orders_of_one_chunk_with_the_same_invoice_number_of_two_series_are_both_sent_each_with_its_own_result() {
        tracking.refuses = service -> service.orderNumber().equals("2-01");

        write(found(order("1-01", "500", "1")), found(order("2-01", "500", "2")));

        assertThat(tracking.receivedFor("1-01")).isEqualTo(1);
        assertThat(tracking.receivedFor("2-01")).isEqualTo(1);
        assertThat(outcomes()).containsExactly("1-01/500:IMPORTED:READY", "2-01/500:REJECTED:REFUSED_BY_TRACKING");
        assertThat(ledger.lastSent(new DeliveryServiceId("1-01", "500", "1"))).isPresent();
        assertThat(ledger.lastSent(new DeliveryServiceId("2-01", "500", "2"))).isEmpty();
    }

    /** @param series the other order's series: another branch's, or none given (then the order tells them apart) */
    @ParameterizedTest
    @ValueSource(strings = {"2", ""})
    void after_a_crash_another_orders_service_with_the_same_number_in_tracking_is_not_taken_for_this_one(String series) {
        write(found(order("1-01", "500", "1")));
        tracking.crashNextSend(InMemoryTracking.Crash.BEFORE_TAKING);
        assertThatThrownBy(() -> write(found(order("2-01", "500", series)))).hasMessageContaining("died");

        write(found(order("2-01", "500", series)));

        assertThat(tracking.receivedFor("2-01")).as("sent on the restart: Tracking only held order 1-01's invoice 500").isEqualTo(1);
        assertThat(outcomes()).contains("2-01/500:IMPORTED:READY");
    }

    @Test
    void after_a_crash_a_service_tracking_took_is_recorded_and_not_sent_again() {
        tracking.crashNextSend(InMemoryTracking.Crash.AFTER_TAKING);
        assertThatThrownBy(() -> write(found(order("1-01", "500", "1")))).hasMessageContaining("died");

        write(found(order("1-01", "500", "1")));

        assertThat(tracking.receivedFor("1-01")).isEqualTo(1);
        assertThat(outcomes()).containsExactly("1-01/500:IMPORTED:READY");
    }

    /**
     * Tracking holds the previous version either way, so holding a service for the id says nothing: only a service
     * more than the versions acknowledged says the new one arrived (see RestartCheck for VTEX's other possible answer).
     */
    @ParameterizedTest
    @EnumSource(value = InMemoryTracking.Crash.class, names = {"BEFORE_TAKING", "AFTER_TAKING"})
    void after_a_crash_a_changed_version_reaches_tracking_once_whether_tracking_took_it_before_the_crash_or_not(InMemoryTracking.Crash crash) {
        write(found(order("1-01", "500", "1")));
        Order moved = moved(order("1-01", "500", "1"));
        tracking.crashNextSend(crash);
        assertThatThrownBy(() -> write(found(moved))).hasMessageContaining("died");

        write(found(moved));

        assertThat(tracking.received).extracting(r -> r.service().recipient().addressStreet()).containsExactly("Avenida Lúcio Costa", "Rua Nova");
        assertThat(ledger.lastSent(new DeliveryServiceId("1-01", "500", "1"))).contains(fingerprintOf(moved));
    }

    /**
     * A first version Tracking took before a crash, then a change before the restart: the first counts as
     * acknowledged, or Tracking's two services would later be taken for a third version that never arrived.
     */
    @Test
    void a_version_tracking_took_before_a_crash_counts_even_when_the_order_changed_before_the_restart() {
        tracking.crashNextSend(InMemoryTracking.Crash.AFTER_TAKING);
        assertThatThrownBy(() -> write(found(order("1-01", "500", "1")))).hasMessageContaining("died");
        write(found(moved(order("1-01", "500", "1"))));
        Order movedAgain = movedTo(order("1-01", "500", "1"), "Rua Terceira");
        tracking.crashNextSend(InMemoryTracking.Crash.BEFORE_TAKING);
        assertThatThrownBy(() -> write(found(movedAgain))).hasMessageContaining("died");

        write(found(movedAgain));

        assertThat(tracking.received).extracting(r -> r.service().recipient().addressStreet())
                .containsExactly("Avenida Lúcio Costa", "Rua Nova", "Rua Terceira");
    }

    @Test
    void the_version_tracking_acknowledged_is_kept_while_a_changed_one_is_pending() {
        write(found(order("1-01", "500", "1")));
        Fingerprint first = fingerprintOf(order("1-01", "500", "1"));
        tracking.crashNextSend(InMemoryTracking.Crash.BEFORE_TAKING);
        assertThatThrownBy(() -> write(found(moved(order("1-01", "500", "1"))))).hasMessageContaining("died");

        assertThat(ledger.lastSent(new DeliveryServiceId("1-01", "500", "1"))).contains(first);
        assertThat(fixture.processor.process(found(order("1-01", "500", "1"))).toSend())
                .as("the version Tracking holds is not sent again when the order changes back").isEmpty();
    }

    @Test
    void an_order_twice_in_one_chunk_is_sent_once_and_its_outcome_recorded_once() {
        write(found(order("1-01", "500", "1")), found(order("1-01", "500", "1")));

        assertThat(tracking.receivedFor("1-01")).isEqualTo(1);
        assertThat(outcomes()).containsExactly("1-01/500:IMPORTED:READY");
    }

    @Test
    void an_order_in_two_chunks_of_one_execution_keeps_its_first_outcome() {
        write(found(order("1-01", "500", "1")));

        write(found(order("1-01", "500", "1")), found(order("2-01", "600", "1")));

        assertThat(tracking.receivedFor("1-01")).isEqualTo(1);
        assertThat(outcomes()).containsExactly("1-01/500:IMPORTED:READY", "2-01/600:IMPORTED:READY");
    }

    private static Order moved(Order order) {
        return movedTo(order, "Rua Nova");
    }

    /** The same order and invoices, to be delivered in another street: a changed version. */
    private static Order movedTo(Order order, String street) {
        OrderBuilder builder = anInvoicedOrder().withId(order.orderId()).withAddress(address(street, "1", "22630-011", "RJ"));
        order.invoices().forEach(builder::withInvoice);
        return builder.build();
    }
}
