package com.trackingintegration.domain.nfe;

import com.trackingintegration.domain.order.ShippingAddress;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What this integration takes from an invoice's NF-e XML ({@code nfeProc/NFe/infNFe}).
 *
 * @param issuer        {@code emit/CNPJ}: the branch that issued the invoice
 * @param carrier       {@code transp/transporta/CNPJ}, when the NF-e names a carrier with a CNPJ
 * @param deliveryPlace {@code entrega}: when present, where the goods go (it wins over the OMS address); without
 *                      coordinates, as the NF-e has none
 * @param volumes       the sum of {@code transp/vol/qVol}
 * @param grossWeightKg the sum of {@code transp/vol/pesoB}, in kilograms
 */
public record NfeDocument(Optional<Cnpj> issuer, Optional<Cnpj> carrier, Optional<ShippingAddress> deliveryPlace,
                          OptionalInt volumes, Optional<BigDecimal> grossWeightKg) {

    public NfeDocument {
        issuer = issuer == null ? Optional.empty() : issuer;
        carrier = carrier == null ? Optional.empty() : carrier;
        deliveryPlace = deliveryPlace == null ? Optional.empty() : deliveryPlace;
        volumes = volumes == null ? OptionalInt.empty() : volumes;
        grossWeightKg = grossWeightKg == null ? Optional.empty() : grossWeightKg;
    }
}
