package com.trackingintegration.domain.delivery;

import com.trackingintegration.domain.nfe.Cnpj;

import java.time.OffsetDateTime;
import java.util.Optional;

import static com.trackingintegration.domain.delivery.TrackingField.PACKING_LIST;

/**
 * What the route and the driver need beyond the recipient: when, what to hand over, from whom, and which branch and
 * carrier (VTEX Tracking's app filters on both CNPJs). Empty text is left out of the request.
 *
 * @param packingList         {@code packingList}: at most 50 characters, whole items only ({@code "2 x BIGBML; +3 more"})
 * @param description         {@code description}: every item (name, reference, quantity), the volumes and gross weight
 * @param sender              {@code sender}: the seller or merchant name
 * @param branch              {@code cnpjbranch}: the CNPJ of the branch that issued the NF-e
 * @param carrier             {@code cnpjcarrier}: the carrier's CNPJ, from the NF-e XML
 * @param packingListDateTime {@code packingListDateTime}: when the invoice (the packing list's document) was issued
 */
public record DeliveryDetails(Optional<Scheduling> scheduling, String packingList, String description, String sender,
                              Optional<Cnpj> branch, Optional<Cnpj> carrier, Optional<OffsetDateTime> packingListDateTime) {

    private static final DeliveryDetails NONE = new DeliveryDetails(Optional.empty(), "", "", "", Optional.empty(),
            Optional.empty(), Optional.empty());

    public DeliveryDetails {
        scheduling = scheduling == null ? Optional.empty() : scheduling;
        packingList = PACKING_LIST.checked(packingList);
        description = description == null ? "" : description;
        sender = sender == null ? "" : sender;
        branch = branch == null ? Optional.empty() : branch;
        carrier = carrier == null ? Optional.empty() : carrier;
        packingListDateTime = packingListDateTime == null ? Optional.empty() : packingListDateTime;
    }

    public static DeliveryDetails none() {
        return NONE;
    }
}
