package com.trackingintegration.domain.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * {@code idExternal} (at most 30 characters): names the delivery service by its order, invoice number and series for
 * as long as it lives in VTEX Tracking. It is made from those three alone, never from the data that can change (an
 * address, a route), so a new version of the service keeps its id. When {@code order/invoice/series} fits and no
 * part holds the separator, it is written as it is, for a person to read in Tracking; otherwise it is {@code "ti-"}
 * and 27 characters of the base-32 SHA-256 of the parts, each written after its length (135 bits: no two services of
 * a merchant meet). The separator rule and the lengths keep parts apart: order {@code A} with invoice {@code 1/2}
 * and order {@code A} with invoice {@code 1}, series {@code 2} would otherwise share {@code A/1/2}.
 */
public final class ExternalId {

    private static final int MAX = TrackingField.ID_EXTERNAL.maxLength();
    private static final String HASHED = "ti-";
    private static final String SEPARATOR = "/";
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private ExternalId() {
    }

    public static String of(DeliveryServiceId id) {
        String readable = id.series().isEmpty()
                ? id.orderId() + SEPARATOR + id.invoiceNumber()
                : id.orderId() + SEPARATOR + id.invoiceNumber() + SEPARATOR + id.series();
        boolean separable = !id.orderId().contains(SEPARATOR) && !id.invoiceNumber().contains(SEPARATOR)
                && !id.series().contains(SEPARATOR);
        if (separable && readable.length() <= MAX && !readable.startsWith(HASHED)) {
            return readable;
        }
        String parts = lengthPrefixed(id.orderId()) + lengthPrefixed(id.invoiceNumber()) + lengthPrefixed(id.series());
        return HASHED + base32(sha256(parts)).substring(0, MAX - HASHED.length());
    }

    private static String lengthPrefixed(String part) {
        return part.length() + ":" + part + ";";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
