package com.trackingintegration.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON for one remote system: which values requests leave out, and answers read with unknown fields ignored. */
public final class JsonCodec {

    private final String system;
    private final JsonMapper mapper;

    private JsonCodec(String system, JsonInclude.Include inclusion) {
        this.system = system;
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultPropertyInclusion(include -> include.withValueInclusion(inclusion))
                .build();
    }

    /** Requests leave out nulls and empty strings and lists (VTEX Tracking: an empty field is no field). */
    public static JsonCodec omittingEmpty(String system) {
        return new JsonCodec(system, JsonInclude.Include.NON_EMPTY);
    }

    /** Requests leave out nulls only (the OMS wants some fields as "" rather than absent). */
    public static JsonCodec omittingNull(String system) {
        return new JsonCodec(system, JsonInclude.Include.NON_NULL);
    }

    public String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    /** @param what what the body should be, for the error: "a page of orders" */
    public <T> T read(String body, Class<T> type, String what) {
        try {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw new IllegalStateException(system + " answered an empty body where " + what + " was expected");
            }
            return value;
        } catch (JacksonException e) {
            throw new IllegalStateException(system + " answered " + what + " that cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
