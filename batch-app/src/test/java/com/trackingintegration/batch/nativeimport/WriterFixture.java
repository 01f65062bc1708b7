package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.batch.db.TestDatabase;
import com.trackingintegration.batch.store.JdbcDeferredOrders;
import com.trackingintegration.batch.store.JdbcIntegrationLedger;
import com.trackingintegration.batch.store.JdbcOutcomes;
import com.trackingintegration.domain.delivery.Fingerprint;
import com.trackingintegration.domain.fixtures.InMemoryIntegrationLedger;
import com.trackingintegration.domain.fixtures.OrderBuilder;
import com.trackingintegration.domain.integration.OrderDecision;
import com.trackingintegration.domain.integration.SendOnce;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.port.InvoicedOrders.Lookup;
import com.trackingintegration.domain.settings.IntegrationSettings;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import static com.trackingintegration.domain.fixtures.OrderBuilder.anInvoicedOrder;
import static com.trackingintegration.domain.fixtures.OrderBuilder.anOutputInvoice;

/**
 * nativeImport's writer against a real ledger and outcome table (an HSQLDB in memory, with the product's schema) and
 * VTEX Tracking in memory; chunks made as the step makes them: each order read (or refused), judged, then written.
 */
final class WriterFixture {

    static final long EXECUTION = 7;

    final JdbcTemplate jdbc = TestDatabase.inMemoryHsqldb().migrated();
    final DataSource db = jdbc.getDataSource();
    final JdbcIntegrationLedger ledger = new JdbcIntegrationLedger(jdbc, Clock.systemUTC());
    final JdbcOutcomes outcomes = new JdbcOutcomes(jdbc);
    final InMemoryTracking tracking = new InMemoryTracking();
    final NativeOrderProcessor processor = new NativeOrderProcessor(IntegrationSettings.defaults(), new SendOnce(ledger), orderId -> List.of());
    final DeliveryServiceWriter writer = new DeliveryServiceWriter(tracking, ledger, outcomes,
            RouteWaits.deferred(new JdbcDeferredOrders(jdbc, Clock.systemUTC()), 1), requiresNew(db), EXECUTION);

    private static TransactionTemplate requiresNew(DataSource db) {
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(db));
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    void write(Lookup... lookups) {
        writer.write(new Chunk<>(Arrays.stream(lookups).map(processor::process).toArray(OrderDecision[]::new)));
    }

    /** An order with one invoice; an empty series is one nothing gives (neither the OMS nor the NF-e access key). */
    static Order order(String orderId, String invoice, String series) {
        OrderBuilder.InvoiceBuilder nfe = anOutputInvoice(invoice);
        return anInvoicedOrder().withId(orderId).withInvoice(series.isEmpty() ? nfe.withKey("") : nfe.withSeries(series)).build();
    }

    /** Each outcome of the execution as {@code order/invoice:OUTCOME:REASON}. */
    List<String> outcomes() {
        return outcomes.rows(EXECUTION).stream().map(r -> r.orderId() + "/" + r.invoiceNumber() + ":" + r.outcome() + ":" + r.reason()).toList();
    }

    int ledgerRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM TI_DELIVERY_LEDGER", Integer.class);
    }

    /** What the order's one invoice is sent with. */
    static Fingerprint fingerprintOf(Order order) {
        return new NativeOrderProcessor(IntegrationSettings.defaults(), new SendOnce(new InMemoryIntegrationLedger()), orderId -> List.of())
                .process(Lookup.found(order)).toSend().get(0).fingerprint();
    }
}
