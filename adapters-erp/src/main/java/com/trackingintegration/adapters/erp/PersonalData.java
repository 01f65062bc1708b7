package com.trackingintegration.adapters.erp;

import java.util.Set;

/**
 * Keeps personal data (names, documents, e-mails, phones) out of rejects files and reports, which ERP and operations
 * people read and forward: a value is shown by its first and last characters only, enough to find it in the ERP.
 */
final class PersonalData {

    /** The CSV columns that hold personal data. */
    static final Set<String> COLUMNS = Set.of("firstName", "lastName", "companyName", "document", "email", "phone", "receiverName");

    private PersonalData() {
    }

    static String mask(String value) {
        if (value.length() <= 2) {
            return "*".repeat(value.length());
        }
        return value.charAt(0) + "*".repeat(value.length() - 2) + value.charAt(value.length() - 1);
    }

    /** The value as a reject may show it: masked when the column is personal. */
    static String shown(String column, String value) {
        return COLUMNS.contains(column) ? mask(value) : value;
    }

    /**
     * A parser's message without the text it quotes from the line (Jackson quotes the token it stopped at, which can
     * be a customer's name).
     */
    static String withoutQuotedText(String message) {
        return message == null ? "" : message.replaceAll("'(?!(null|true|false)')[^']*'", "'…'");
    }
}
