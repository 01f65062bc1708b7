package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.order.Text;

import java.util.Optional;

/**
 * A Brazilian phone split as VTEX Tracking wants it: a two-digit area code (DDD) and an 8-digit landline or 9-digit
 * mobile number. Accepts what the OMS and ERPs write: "+5561992227222", "(21) 99999-9999", "021 3333 4444".
 */
public record BrazilianPhone(String areaCode, String number) {

    public static Optional<BrazilianPhone> parse(String field, String raw) {
        if (Text.isBlank(raw)) {
            return Optional.empty();
        }
        String digits = Text.digitsOf(raw);
        if (digits.startsWith("55") && (digits.length() == 12 || digits.length() == 13)) {
            digits = digits.substring(2);
        } else if (digits.startsWith("0") && (digits.length() == 11 || digits.length() == 12)) {
            digits = digits.substring(1);
        }
        if (!isAreaCodeAndNumber(digits)) {
            throw new InvalidFieldException(field, "'" + masked(raw) + "' is not a Brazilian phone (area code and 8 or 9 digits)");
        }
        return Optional.of(new BrazilianPhone(digits.substring(0, 2), digits.substring(2)));
    }

    /**
     * Area codes (DDD) run from 11 to 99 with no zero in them; a 9-digit number is a mobile and starts with 9
     * (ANATEL numbering plan). Without this a foreign number of the right length would pass.
     */
    private static boolean isAreaCodeAndNumber(String digits) {
        if (digits.length() != 10 && digits.length() != 11) {
            return false;
        }
        boolean areaCode = digits.charAt(0) != '0' && digits.charAt(1) != '0';
        boolean mobileStartsWithNine = digits.length() == 10 || digits.charAt(2) == '9';
        boolean landlineDoesNotStartWithZero = digits.charAt(2) != '0';
        return areaCode && mobileStartsWithNine && landlineDoesNotStartWithZero;
    }

    /** Phones are personal data: an error shows only the last two digits. */
    static String masked(String raw) {
        String text = raw.strip();
        int keep = Math.min(2, text.length());
        return "*".repeat(text.length() - keep) + text.substring(text.length() - keep);
    }
}
