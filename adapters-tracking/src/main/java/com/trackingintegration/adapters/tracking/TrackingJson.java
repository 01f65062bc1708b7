package com.trackingintegration.adapters.tracking;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Jackson for VTEX Tracking: empty fields are left out of requests, unknown fields of answers are ignored. */
final class TrackingJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .build();

    private TrackingJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static <T> T read(String body, Class<T> type, String what) {
        try {
            return MAPPER.readValue(body, type);
        } catch (JacksonException e) {
            throw new IllegalStateException("VTEX Tracking answered " + what + " that cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
