package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.delivery.DeliveryService;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRoute;
import com.trackingintegration.domain.port.DeliveryServices.SendResult;
import com.trackingintegration.domain.port.DeliveryServices.TrackedService;
import com.trackingintegration.domain.report.PersonalData;
import com.trackingintegration.http.HttpCall;
import com.trackingintegration.http.HttpReply;
import com.trackingintegration.http.OutcomeUnknownException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One batch of delivery services sent to VTEX Tracking, each once: a refused batch is sent again one service at a time
 * to tell which one VTEX refuses, and a batch whose answer was lost is looked up before any of it is sent again.
 */
final class BatchSend {

    private static final Logger log = LoggerFactory.getLogger(BatchSend.class);

    /**
     * How often a request whose answer was lost is looked up and its missing services sent again; then the send
     * fails, and the job stops, restartable (a restart looks its pending invoices up before sending).
     */
    static final int LOOK_UPS = 2;

    private final TrackingApi api;
    private final InvoiceLookUp lookUp;

    BatchSend(TrackingApi api, InvoiceLookUp lookUp) {
        this.api = api;
        this.lookUp = lookUp;
    }

    /**
     * One request, and what became of each of its services. When its answer is lost, VTEX Tracking is asked which of
     * them it holds, and only the others are sent again: a POST carries no idempotency key, so sending a batch again
     * blindly would create each of its services twice.
     */
    List<SendResult> send(List<DeliveryService> batch, Optional<DeliveryServiceRoute> route) {
        Map<DeliveryService, SendResult> results = new IdentityHashMap<>();
        List<DeliveryService> toSend = batch;
        for (int lookUps = 0; ; lookUps++) {
            try {
                answered(toSend, route, api.exchange(call(toSend, route))).forEach(results::put);
                return inBatchOrder(batch, results);
            } catch (OutcomeUnknownException lost) {
                if (lookUps == LOOK_UPS) {
                    throw lost;
                }
                log.warn("{}: asking VTEX Tracking which of its {} delivery service(s) it holds before sending any again",
                        lost.getMessage(), toSend.size());
                settle(lost);
                List<DeliveryService> missing = new ArrayList<>();
                for (DeliveryService service : toSend) {
                    if (live(service.id()) > 0) {
                        results.put(service, new SendResult(service.id(), true, ""));
                    } else {
                        missing.add(service);
                    }
                }
                if (missing.isEmpty()) {
                    return inBatchOrder(batch, results);
                }
                toSend = missing;
            }
        }
    }

    private Map<DeliveryService, SendResult> answered(List<DeliveryService> batch, Optional<DeliveryServiceRoute> route, HttpReply reply) {
        Map<DeliveryService, SendResult> results = new IdentityHashMap<>();
        if (reply.isSuccess()) {
            batch.forEach(s -> results.put(s, new SendResult(s.id(), true, "")));
            return results;
        }
        if (batch.size() == 1) {
            results.put(batch.get(0), new SendResult(batch.get(0).id(), false, refusal(batch.get(0), route, reply)));
            return results;
        }
        log.warn("VTEX Tracking refused a batch of {} delivery services ({}); sending them one by one to find which",
                batch.size(), reply.status());
        for (DeliveryService service : batch) {
            results.put(service, send(List.of(service), route).get(0));
        }
        return results;
    }

    /**
     * VTEX's words, for the report: its answer may quote the service back (the recipient's name, CPF, e-mail, phone,
     * the driver), so what the request carried of a person is masked in it; the rest (the field, the rule) stays.
     */
    private static String refusal(DeliveryService service, Optional<DeliveryServiceRoute> route, HttpReply reply) {
        if (reply.excerpt().isEmpty()) {
            return "VTEX Tracking answered " + reply.status();
        }
        List<String> personal = new ArrayList<>(PersonalData.of(service.recipient()));
        route.ifPresent(r -> personal.add(r.carrierUsername()));
        return "VTEX Tracking answered " + reply.status() + ": " + PersonalData.maskedIn(reply.excerpt(), personal);
    }

    private static List<SendResult> inBatchOrder(List<DeliveryService> batch, Map<DeliveryService, SendResult> results) {
        return batch.stream().map(results::get).toList();
    }

    /**
     * Whether VTEX Tracking stores a batch before it answers is not documented: a request whose answer was given up
     * on (no status came) may still be at work there. It is given as long again as its answer was waited for before
     * being looked up, so a batch stored late is found rather than sent twice. A request answered (a 5xx) is over.
     */
    private void settle(OutcomeUnknownException lost) {
        if (lost.status() != 0) {
            return;
        }
        try {
            Thread.sleep(api.settings().http().readTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to look up delivery services in VTEX Tracking", e);
        }
    }

    private HttpCall call(List<DeliveryService> batch, Optional<DeliveryServiceRoute> route) {
        Instant sentAt = api.now();
        if (route.isEmpty()) {
            return HttpCall.post("/services", TrackingJson.write(batch.stream().map(service -> DeliveryServiceJson.of(service, sentAt)).toList()));
        }
        return HttpCall.post("/services/routes", TrackingJson.write(DeliveryServiceJson.of(route.get(), batch, sentAt)));
    }

    /** The live services VTEX Tracking holds for this invoice (canceled ones left out, as the port's {@code held} counts). */
    private long live(DeliveryServiceId service) {
        return lookUp.of(service).stream().filter(TrackedService::live).count();
    }
}
