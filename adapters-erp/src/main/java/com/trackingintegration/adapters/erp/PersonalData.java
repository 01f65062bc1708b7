package com.trackingintegration.adapters.erp;

import java.util.Set;

/**
 * Keeps personal data (names, documents, e-mails, phones) out of rejects files and reports, which ERP and operations
 * people read and forward: a value of a personal column is shown masked by the domain's rule
 * ({@link com.trackingintegration.domain.report.PersonalData#mask}: first and last characters), enough to find it in
 * the ERP. The other columns (ids, dates, money, the address's city and state) are shown as they are, to be fixed.
 */
final class PersonalData {

    /**
     * The CSV columns that hold personal data: the customer's and the receiver's names, document, e-mail and phone, and
     * the driver, whose VTEX Tracking username is usually the person's name ({@code empresa-joao.silva}).
     */
    static final Set<String> COLUMNS = Set.of("firstName", "lastName", "companyName", "document", "email", "phone", "receiverName",
            "routeDriver");

    private PersonalData() {
    }

    /** The value as a reject may show it: masked when the column is personal. */
    static String shown(String column, String value) {
        return COLUMNS.contains(column) ? com.trackingintegration.domain.report.PersonalData.mask(value) : value;
    }

    /** A parser's message without the text it quotes from the line: the domain's rule. */
    static String withoutQuotedText(String message) {
        return com.trackingintegration.domain.report.PersonalData.withoutQuotedText(message);
    }
}
