package com.trackingintegration.domain.order;

import java.util.Optional;

/**
 * Reads the 44-digit access key of a Brazilian electronic invoice. Only models 55 (NF-e) and 65 (NFC-e) carry a
 * series at a fixed place (digits 23 to 25, after state, year-month, issuer CNPJ and model); other documents that
 * VTEX stores in {@code invoiceKey}, such as the SAT "CFe..." keys, lay their digits out differently.
 */
public final class NfeAccessKey {

    private static final int LENGTH = 44;

    private NfeAccessKey() {
    }

    public static Optional<String> seriesOf(String key) {
        String digits = Text.digitsOf(key);
        if (digits.length() != LENGTH || Text.orEmpty(key).length() != LENGTH) {
            return Optional.empty();
        }
        String model = digits.substring(20, 22);
        if (!model.equals("55") && !model.equals("65")) {
            return Optional.empty();
        }
        return Optional.of(String.valueOf(Integer.parseInt(digits.substring(22, 25))));
    }
}
