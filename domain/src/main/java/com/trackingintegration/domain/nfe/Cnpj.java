package com.trackingintegration.domain.nfe;

/**
 * A Brazilian company registration number (CNPJ): 14 digits, the last two check digits. Written with or without its
 * punctuation ({@code 11.222.333/0001-81} or {@code 11222333000181}); held and compared as digits.
 *
 * <p>The check digits follow the Receita Federal's modulo 11: the first over the 12 base digits with weights
 * 5,4,3,2,9,8,7,6,5,4,3,2, the second over those 12 and the first check digit with weights 6,5,4,3,2,9,8,7,6,5,4,3,2;
 * each is 0 when the remainder of the weighted sum by 11 is below 2, else 11 minus the remainder. Fourteen equal
 * digits pass that arithmetic and are refused all the same: no CNPJ is ever issued so, and they are what a form
 * filled with zeros sends.
 */
public record Cnpj(String digits) {

    private static final int LENGTH = 14;
    private static final int[] FIRST_WEIGHTS = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] SECOND_WEIGHTS = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    /** The messages say what is wrong, never the value: a CNPJ may come from a file that also holds personal data. */
    public Cnpj {
        if (digits == null || !digits.matches("\\d{" + LENGTH + "}")) {
            int length = digits == null ? 0 : digits.length();
            throw new IllegalArgumentException("a CNPJ has 14 digits (with or without . / - ), was " + length + " characters"
                    + (digits != null && !digits.chars().allMatch(Character::isDigit) ? " that are not all digits" : ""));
        }
        if (digits.chars().distinct().count() == 1) {
            throw new IllegalArgumentException("a CNPJ is never 14 equal digits");
        }
        if (checkDigit(digits, FIRST_WEIGHTS) != digits.charAt(12) - '0'
                || checkDigit(digits, SECOND_WEIGHTS) != digits.charAt(13) - '0') {
            throw new IllegalArgumentException("a CNPJ's check digits (the last two) do not match its first 12 digits");
        }
    }

    /** Reads a CNPJ written with or without punctuation; refuses anything else, and wrong check digits. */
    public static Cnpj parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[.\\-/\\s]", "");
        return new Cnpj(digits);
    }

    private static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        return remainder < 2 ? 0 : 11 - remainder;
    }

    @Override
    public String toString() {
        return digits;
    }
}
