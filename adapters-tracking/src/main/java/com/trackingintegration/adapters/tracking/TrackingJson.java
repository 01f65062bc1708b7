package com.trackingintegration.adapters.tracking;

import com.trackingintegration.http.JsonCodec;

/** VTEX Tracking's JSON: empty fields are left out of requests, unknown fields of answers are ignored. */
final class TrackingJson {

    private static final JsonCodec CODEC = JsonCodec.omittingEmpty(TrackingSettings.SYSTEM);

    private TrackingJson() {
    }

    static String write(Object value) {
        return CODEC.write(value);
    }

    static <T> T read(String body, Class<T> type, String what) {
        return CODEC.read(body, type, what);
    }
}
