package com.trackingintegration.batch.reconcile;

import com.trackingintegration.batch.nativeimport.RestartCheck;
import com.trackingintegration.domain.delivery.DeliveryServiceId;
import com.trackingintegration.domain.port.DeliveryServices.TrackedService;
import com.trackingintegration.domain.port.IntegrationLedger.Entry;
import com.trackingintegration.domain.port.IntegrationLedger.Pending;
import com.trackingintegration.domain.reconcile.LedgerState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pending sends (a run stopped between the POST and its chunk's commit) that VTEX Tracking took, told by the
 * chunk's look-up itself, as {@code RestartCheck} tells them: Tracking holds more live services for the invoice than
 * the versions acknowledged when the send was marked. The ledger states are judged with those versions acknowledged,
 * so a version that arrived is in Tracking, not changed and sent again.
 */
final class ArrivedSends {

    private final List<Pending> arrived;

    private ArrivedSends(List<Pending> arrived) {
        this.arrived = List.copyOf(arrived);
    }

    static ArrivedSends among(List<Pending> pending, Map<DeliveryServiceId, List<TrackedService>> held) {
        List<Pending> arrived = new ArrayList<>();
        for (Pending mark : pending) {
            long live = held.entrySet().stream().filter(e -> mark.service().matches(e.getKey().orderId(), e.getKey().invoiceNumber(), e.getKey().series()))
                    .findFirst().map(e -> e.getValue().stream().filter(TrackedService::live).count()).orElse(0L);
            if (live > mark.acknowledgedVersions()) {
                arrived.add(mark);
            }
        }
        return new ArrivedSends(arrived);
    }

    /** The ledger entries that record them, in the chunk's transaction. */
    List<Entry> entries() {
        return arrived.stream().map(mark -> new Entry(mark.service(), mark.fingerprint(), true, RestartCheck.FOUND)).toList();
    }

    /** These ledger states with the versions that arrived acknowledged. */
    List<LedgerState> applied(List<LedgerState> states) {
        return states.stream().map(state -> arrivedFor(state.service())
                .map(mark -> new LedgerState(state.service(), Optional.of(mark.fingerprint()), false, false)).orElse(state)).toList();
    }

    private Optional<Pending> arrivedFor(DeliveryServiceId service) {
        return arrived.stream().filter(mark -> mark.service().equals(service)).findFirst();
    }
}
