package com.trackingintegration.batch.nativeimport;

import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.delivery.DeliveryServiceRequest;
import com.trackingintegration.domain.port.DeliveryServices;
import com.trackingintegration.domain.port.DeliveryServices.SendResult;
import com.trackingintegration.domain.port.IntegrationLedger;
import com.trackingintegration.domain.port.IntegrationLedger.Entry;
import com.trackingintegration.domain.port.IntegrationLedger.Pending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Before a chunk is sent: the delivery services a crashed run marked PENDING are looked up in VTEX Tracking, so that
 * a version Tracking took before the crash is recorded, not sent again.
 *
 * <p>What Tracking does with a second service for an invoice (number and series) it already holds is not documented
 * (VTEX documents no update of a service and no duplicate handling on POST; the Help Center's advice to fill the
 * series "to avoid duplicate invoices" suggests it refuses or merges one). Holding <em>a</em> service for the id
 * proves only that some version arrived, and after a changed version (the previous one acknowledged, the new one
 * pending) that one is the previous. So the check compares how many services Tracking holds for the id with how many
 * versions it acknowledged, which is safe under each answer:
 * <ul>
 *   <li>if Tracking keeps every version it takes as a service of its own, the pending version arrived exactly when
 *   it holds more services than the versions acknowledged: it is then recorded and not sent again (a resend would
 *   make one more service), and otherwise sent (not sending would lose the change);</li>
 *   <li>if Tracking refuses or merges a second service for the same number and series, it never holds more than one,
 *   so a pending changed version is sent again: under that answer a resend cannot make two services.</li>
 * </ul>
 * A first version (none acknowledged) is found as before: any service held for the id is it. A service made in
 * Tracking by someone else counts as ours, and the ledger carried over from before the series was known counts one
 * version per invoice sent: in both cases a pending version may be taken for arrived, never sent twice.
 */
public final class RestartCheck {

    private static final Logger log = LoggerFactory.getLogger(RestartCheck.class);
    public static final String FOUND = "found in VTEX Tracking after a restart";

    private final DeliveryServices tracking;
    private final IntegrationLedger ledger;

    public RestartCheck(DeliveryServices tracking, IntegrationLedger ledger) {
        this.tracking = tracking;
        this.ledger = ledger;
    }

    /**
     * @param toSend       the requests still to send
     * @param found        the services whose pending version Tracking took before the crash, as if just sent
     * @param arrivedEarlier an earlier pending version Tracking took, of a service that changed again since: to be
     *                     recorded as acknowledged before the new version's answer
     */
    public record Checked(List<DeliveryServiceRequest> toSend, Map<DeliveryServiceId, SendResult> found, List<Entry> arrivedEarlier) {
    }

    public Checked check(Collection<DeliveryServiceRequest> requests) {
        List<Pending> pending = ledger.pendingAmong(requests.stream().map(r -> r.service().orderNumber()).distinct().toList());
        List<DeliveryServiceRequest> toSend = new ArrayList<>();
        Map<DeliveryServiceId, SendResult> found = new HashMap<>();
        List<Entry> arrivedEarlier = new ArrayList<>();
        for (DeliveryServiceRequest request : requests) {
            DeliveryServiceId id = request.service().id();
            Optional<Pending> mark = pending.stream().filter(p -> p.service().matches(id.orderId(), id.invoiceNumber(), id.series())).findFirst();
            if (mark.isEmpty() || !arrived(id, mark.get())) {
                toSend.add(request);
            } else if (mark.get().fingerprint().equals(request.fingerprint())) {
                log.info("Delivery service {} was sent before the last stop and VTEX Tracking has it: not sent again", id);
                found.put(id, new SendResult(id, true, FOUND));
            } else {
                arrivedEarlier.add(new Entry(id, mark.get().fingerprint(), true, FOUND));
                toSend.add(request);
            }
        }
        return new Checked(toSend, found, arrivedEarlier);
    }

    private boolean arrived(DeliveryServiceId id, Pending mark) {
        return tracking.held(id) > mark.acknowledgedVersions();
    }
}
