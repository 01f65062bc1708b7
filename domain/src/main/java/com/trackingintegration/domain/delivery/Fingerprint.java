package com.trackingintegration.domain.delivery;

import com.trackingintegration.domain.order.ShippingAddress.GeoPoint;
import com.trackingintegration.domain.route.RouteAssignment.RouteStart;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A stable digest of everything that would be sent to VTEX Tracking for one invoice. The same order sends the same
 * fingerprint on every run, so a re-run sends nothing new; any change that matters to Tracking (another address,
 * a new route) changes it, and the invoice is sent again.
 *
 * <p>Each field is written with its length before it, so that no two different requests share an encoding
 * ("ab"+"c" and "a"+"bc" differ), and the encoding does not depend on {@code toString} formats.
 */
public record Fingerprint(String value) {

    /** Bumped whenever the encoding changes, so old ledger entries are not mistaken for new ones. */
    private static final String VERSION = "ds-v1";

    public Fingerprint {
        if (value == null || !value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a fingerprint is 64 lowercase hex digits, was '" + value + "'");
        }
    }

    public static Fingerprint of(DeliveryServiceRequest request) {
        Encoder encoder = new Encoder().add(VERSION);
        DeliveryService service = request.service();
        encoder.add(service.type()).add(service.invoiceNumber()).add(service.invoiceSeries()).add(service.orderNumber());
        encoder.add(service.location().map(Fingerprint::encode));
        ShipperCustomer r = service.recipient();
        encoder.add(r.legalType().name()).add(r.email()).add(r.firstName()).add(r.lastName()).add(r.cpf())
                .add(r.companyName()).add(r.cnpj()).add(r.addressStreet()).add(r.addressNumber())
                .add(r.addressComplement()).add(r.addressNeighborhood()).add(r.addressCity()).add(r.state())
                .add(r.postalCode()).add(r.phoneAreaCode()).add(r.phoneNumber());
        encoder.add(request.route().map(Fingerprint::encode));
        return new Fingerprint(encoder.digest());
    }

    private static String encode(GeoPoint point) {
        return point.latitude() + "," + point.longitude();
    }

    private static String encode(DeliveryServiceRoute route) {
        Encoder encoder = new Encoder().add(route.date().toString()).add(route.carrierUsername())
                .add(route.displacementType()).add(route.vehiclePlate()).add(route.start().map(Fingerprint::encode));
        return encoder.text();
    }

    private static String encode(RouteStart start) {
        return new Encoder().add(start.street()).add(start.number()).add(start.city()).add(start.postalCode())
                .add(start.state()).text();
    }

    @Override
    public String toString() {
        return value;
    }

    private static final class Encoder {
        private final StringBuilder text = new StringBuilder();

        Encoder add(String value) {
            text.append(value.length()).append(':').append(value).append(';');
            return this;
        }

        Encoder add(Optional<String> value) {
            return value.isPresent() ? add("+").add(value.get()) : add("-");
        }

        String text() {
            return text.toString();
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
