package com.trackingintegration.domain.report;

import com.trackingintegration.domain.delivery.ShipperCustomer;
import com.trackingintegration.domain.integration.BrazilianPhone;
import com.trackingintegration.domain.integration.InvalidFieldException;
import com.trackingintegration.domain.order.Customer;
import com.trackingintegration.domain.order.ShippingAddress;
import com.trackingintegration.domain.order.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps a customer's personal data (names, documents, e-mails, phones) out of reject details, reports and log lines,
 * which ERP, operations and customer-service people read and forward. A value is shown by its first and last
 * characters only ({@code 1*********9}): enough to find it in the ERP or the OMS, not to read it. Companies' CNPJs
 * (the issuer's, the carrier's) name no person and are not masked.
 *
 * <p>Text the integration did not write (VTEX's answer to a request, a parser's message) may quote the request back:
 * {@link #maskedIn} masks in it the personal values that request carried, and any e-mail address.
 */
public final class PersonalData {

    /** Shorter values (a state, a two-digit area code) would mask half of any message and identify nobody. */
    private static final int SHORTEST_MASKED = 3;
    /** A value of this many digits or more is a document or a phone, found again whatever punctuation surrounds its digits. */
    private static final int DIGITS_OF_A_NUMBER = 8;
    private static final Pattern EMAIL = Pattern.compile("[^\\s@'\"<>(),;:\\[\\]{}]+@[^\\s@'\"<>(),;:\\[\\]{}]+\\.[A-Za-z]{2,}");

    private PersonalData() {
    }

    public static String mask(String value) {
        if (value.length() <= 2) {
            return "*".repeat(value.length());
        }
        return value.charAt(0) + "*".repeat(value.length() - 2) + value.charAt(value.length() - 1);
    }

    /** The text with each of the personal values, and any e-mail address, masked wherever it appears. */
    public static String maskedIn(String text, Collection<String> values) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String masked = text;
        List<String> longestFirst = values.stream().filter(v -> v != null && v.strip().length() >= SHORTEST_MASKED)
                .map(String::strip).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String value : longestFirst) {
            masked = replaceAll(patternOf(value).matcher(masked));
        }
        return replaceAll(EMAIL.matcher(masked));
    }

    /**
     * A parser's message without the text it quotes from its input (Jackson quotes the token it stopped at, which can
     * be a customer's name); JSON's own words ({@code 'null'}, {@code 'true'}, {@code 'false'}) stay.
     */
    public static String withoutQuotedText(String message) {
        return message == null ? "" : message.replaceAll("'(?!(null|true|false)')[^']*'", "'…'");
    }

    /** What a customer and the address of an order say about a person. */
    public static List<String> of(Customer customer, ShippingAddress address) {
        List<String> values = new ArrayList<>();
        if (customer != null) {
            values.addAll(List.of(customer.firstName(), customer.lastName(), customer.email(), customer.phone(), customer.document()));
            values.add(national(customer.phone()));
            customer.company().ifPresent(company -> values.addAll(List.of(company.name(), company.cnpj())));
        }
        if (address != null) {
            values.add(address.receiverName());
        }
        return values;
    }

    /** What a delivery service's recipient says about a person, as VTEX Tracking was sent it. */
    public static List<String> of(ShipperCustomer recipient) {
        return Stream.of(recipient.firstName(), recipient.lastName(), recipient.email(), recipient.cpf(), recipient.companyName(),
                recipient.cnpj(), recipient.phoneNumber(), recipient.phoneAreaCode() + recipient.phoneNumber()).toList();
    }

    /** A phone as it is written without its country code (21999999999 for +5521999999999), as an answer may quote it. */
    private static String national(String phone) {
        try {
            return BrazilianPhone.parse("phone", phone).map(p -> p.areaCode() + p.number()).orElse("");
        } catch (InvalidFieldException notBrazilian) {
            return "";
        }
    }

    /** A number (document, phone) by its digits, whatever is written between them; anything else as written, in any case. */
    private static Pattern patternOf(String value) {
        String digits = Text.digitsOf(value);
        if (digits.length() >= DIGITS_OF_A_NUMBER && digits.length() * 2 > value.length()) {
            return Pattern.compile(String.join("[\\s.()/+-]*", digits.split("")));
        }
        return Pattern.compile(Pattern.quote(value), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String replaceAll(Matcher matcher) {
        return matcher.replaceAll(found -> Matcher.quoteReplacement(mask(found.group())));
    }
}
