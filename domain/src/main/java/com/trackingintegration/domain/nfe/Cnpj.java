package com.trackingintegration.domain.nfe;

/**
 * A Brazilian company registration number (CNPJ): 14 digits, the last two check digits. Written with or without its
 * punctuation ({@code 12.345.678/0001-95} or {@code 12345678000195}); held and compared as digits.
 */
public record Cnpj(String digits) {

    public Cnpj {
        // TODO(issue 13, domain helper): check digits, 14 digits, not all equal; IllegalArgumentException naming the problem
        if (digits == null || !digits.matches("\\d{14}")) {
            throw new IllegalArgumentException("a CNPJ has 14 digits, was '" + digits + "'");
        }
    }

    /** Reads a CNPJ written with or without punctuation; refuses anything else, and wrong check digits. */
    public static Cnpj parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[.\\-/\\s]", "");
        return new Cnpj(digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
