package com.trackingintegration.domain.status;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** The status of a VTEX Tracking delivery service, as its API and web admin spell it. */
public enum TrackingStatus {
    ATIVO("Ativo"),
    ROTEIRIZADO("Roteirizado"),
    EM_ANDAMENTO("EmAndamento"),
    REALIZADO("Realizado"),
    NAO_REALIZADO("NaoRealizado");

    private final String apiValue;

    TrackingStatus(String apiValue) {
        this.apiValue = apiValue;
    }

    /** The value of the API's {@code status} query parameter. */
    public String apiValue() {
        return apiValue;
    }

    /**
     * Reads a status as the API returns it: case does not matter (the spec says so), and the admin's spellings with
     * spaces and accents ("Em Andamento", "Não Realizado") are the same statuses. Others ("Pausado", "Cancelado pelo
     * BackOffice"...) are not followed by this integration.
     */
    public static Optional<TrackingStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace(" ", "").toLowerCase(Locale.ROOT);
        for (TrackingStatus status : values()) {
            if (status.apiValue.toLowerCase(Locale.ROOT).equals(plain)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
