package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.TrackingField;
import com.trackingintegration.domain.order.Text;

/** A Brazilian CEP in the form VTEX Tracking shows: eight digits as "22250-040" (VTEX Tracking serves Brazil only). */
final class PostalCode {

    private static final int CEP_DIGITS = 8;

    private PostalCode() {
    }

    static String normalize(String field, String raw) {
        String text = Text.orEmpty(raw);
        if (text.isEmpty()) {
            throw new InvalidFieldException(field, "missing; VTEX Tracking requires the postal code");
        }
        String digits = Text.digitsOf(text);
        if (digits.length() == CEP_DIGITS) {
            return digits.substring(0, 5) + "-" + digits.substring(5);
        }
        if (!TrackingField.POSTAL_CODE.fits(text)) {
            throw new InvalidFieldException(field, "'" + text + "' is " + text.length()
                    + " characters long; VTEX Tracking accepts at most " + TrackingField.POSTAL_CODE.maxLength());
        }
        throw new InvalidFieldException(field, "'" + text + "' is not a CEP of 8 digits");
    }
}
