package com.trackingintegration.domain.order;

import com.trackingintegration.domain.nfe.Cnpj;

import java.util.Optional;

/**
 * Reads the 44-digit access key of a Brazilian electronic invoice. Only models 55 (NF-e) and 65 (NFC-e) lay out
 * their digits at fixed places: state (1-2), year-month (3-6), the issuer's CNPJ (7-20), the model (21-22), the
 * series (23-25); other documents that VTEX stores in {@code invoiceKey}, such as the SAT "CFe..." keys, lay their
 * digits out differently.
 */
public final class NfeAccessKey {

    private static final int LENGTH = 44;

    private NfeAccessKey() {
    }

    public static Optional<String> seriesOf(String key) {
        return nfeDigits(key).map(digits -> String.valueOf(Integer.parseInt(digits.substring(22, 25))));
    }

    /**
     * The CNPJ of the branch that issued the invoice, digits 7 to 20 of the key; empty when the key is not an NF-e or
     * NFC-e key, or those digits are no valid CNPJ (an issuer with a CPF, a key typed wrong).
     */
    public static Optional<Cnpj> issuerOf(String key) {
        return nfeDigits(key).flatMap(digits -> {
            try {
                return Optional.of(new Cnpj(digits.substring(6, 20)));
            } catch (IllegalArgumentException notACnpj) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> nfeDigits(String key) {
        String digits = Text.digitsOf(key);
        if (digits.length() != LENGTH || Text.orEmpty(key).length() != LENGTH) {
            return Optional.empty();
        }
        String model = digits.substring(20, 22);
        if (!model.equals("55") && !model.equals("65")) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }
}
