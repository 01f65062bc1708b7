package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.port.DeliveryServices;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * VTEX Tracking in memory, for the writer's tests. It keeps every service it takes as a service of its own (the
 * reading of VTEX under which a resend makes a second service), looks services up as the real adapter does (order,
 * number and series), refuses the services a test names, and can fail a send before or after taking it (a crash).
 */
final class InMemoryTracking implements DeliveryServices {

    final List<DeliveryService> held = new ArrayList<>();
    final List<DeliveryServiceRequest> received = new ArrayList<>();
    Predicate<DeliveryService> refuses = service -> false;
    private Crash crash = Crash.NONE;

    enum Crash { NONE, BEFORE_TAKING, AFTER_TAKING }

    /** The next send fails this way, as a process killed during it would leave things. */
    void crashNextSend(Crash crash) {
        this.crash = crash;
    }

    @Override
    public List<SendResult> send(List<DeliveryServiceRequest> requests) {
        Crash now = crash;
        crash = Crash.NONE;
        if (now == Crash.BEFORE_TAKING) {
            throw new IllegalStateException("the process died before VTEX Tracking got the batch");
        }
        List<SendResult> results = new ArrayList<>();
        for (DeliveryServiceRequest request : requests) {
            received.add(request);
            DeliveryService service = request.service();
            boolean refused = refuses.test(service);
            if (!refused) {
                held.add(service);
            }
            results.add(new SendResult(service.id(), !refused, refused ? "VTEX Tracking answered 400" : ""));
        }
        if (now == Crash.AFTER_TAKING) {
            throw new IllegalStateException("the process died after VTEX Tracking took the batch");
        }
        return results;
    }

    /** Every service it holds is {@code Ativo}. */
    @Override
    public List<TrackedService> lookUp(DeliveryServiceId id) {
        return held.stream().filter(s -> id.matches(s.orderNumber(), s.invoiceNumber(), s.invoiceSeries().orElse("")))
                .map(s -> new TrackedService("Ativo", "")).toList();
    }

    @Override
    public int othersReachedByRemoval(DeliveryServiceId id) {
        return (int) held.stream().filter(s -> !s.orderNumber().equals(id.orderId()) && s.invoiceNumber().equals(id.invoiceNumber())).count();
    }

    @Override
    public List<RemovalResult> remove(List<InvoiceRef> invoices) {
        throw new UnsupportedOperationException("not used by the writer");
    }

    long receivedFor(String orderId) {
        return received.stream().filter(r -> r.service().orderNumber().equals(orderId)).count();
    }
}
