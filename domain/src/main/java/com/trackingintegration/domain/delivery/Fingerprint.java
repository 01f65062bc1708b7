package com.trackingintegration.domain.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A stable digest of everything that would be sent to VTEX Tracking for one invoice: the fields of
 * {@link DeliveryServiceFields}, the very list the request bodies are written from, so a field sent is a field
 * fingerprinted (only {@code integrationDateTime}, the time of the send, is left out). The same order sends the same
 * fingerprint on every run, so a re-run sends nothing new; any change that matters to Tracking (another address,
 * a new route, a new packing list) changes it, and the invoice is sent again.
 *
 * <p>Each name and value is written with its kind and length before it, so that no two different requests share an
 * encoding ("ab"+"c" and "a"+"bc" differ, as do the text "true" and the boolean), and the encoding does not depend
 * on {@code toString} formats of the records.
 */
public record Fingerprint(String value) {

    /**
     * Bumped whenever the encoding or the list of fields changes, so old ledger entries are not mistaken for new ones.
     * v2: the fields of {@link DeliveryServiceFields} (scheduling, packing list, description, sender, CNPJs, idExternal).
     */
    private static final String VERSION = "ds-v2";

    public Fingerprint {
        if (value == null || !value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a fingerprint is 64 lowercase hex digits, was '" + value + "'");
        }
    }

    public static Fingerprint of(DeliveryServiceRequest request) {
        return of(DeliveryServiceFields.of(request.service()), request.route().map(DeliveryServiceFields::of));
    }

    /**
     * The fingerprint of fields as {@link DeliveryServiceFields} writes them; {@code integrationDateTime}, when the
     * fields are those of a send ({@link DeliveryServiceFields#sent}), is left out.
     */
    public static Fingerprint of(Map<String, Object> serviceFields, Optional<Map<String, Object>> routeFields) {
        Map<String, Object> fingerprinted = new LinkedHashMap<>(serviceFields);
        fingerprinted.remove(DeliveryServiceFields.INTEGRATION_DATE_TIME);
        Encoder encoder = new Encoder().text(VERSION);
        encoder.fields(fingerprinted);
        if (routeFields.isPresent()) {
            encoder.text("route").fields(routeFields.get());
        } else {
            encoder.text("no route");
        }
        return new Fingerprint(encoder.digest());
    }

    @Override
    public String toString() {
        return value;
    }

    private static final class Encoder {
        private final StringBuilder text = new StringBuilder();

        Encoder text(String value) {
            text.append('s').append(value.length()).append(':').append(value).append(';');
            return this;
        }

        @SuppressWarnings("unchecked")
        Encoder fields(Map<String, Object> fields) {
            text.append('{').append(fields.size()).append(';');
            fields.forEach((name, value) -> {
                text(name);
                if (value instanceof Map<?, ?> nested) {
                    fields((Map<String, Object>) nested);
                } else if (value instanceof String string) {
                    text(string);
                } else if (value instanceof Boolean bool) {
                    text.append('b').append(bool ? '1' : '0').append(';');
                } else if (value instanceof Number number) {
                    String written = number.toString();
                    text.append('n').append(written.length()).append(':').append(written).append(';');
                } else {
                    throw new IllegalArgumentException("field " + name + " has a value no request holds: " + value);
                }
            });
            text.append('}');
            return this;
        }

        String digest() {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
