package com.trackingintegration.adapters.oms;

/**
 * VTEX's error body, {@code {"error":{"code":"OMS001","message":"..."}}} (orders-api.json's error examples): the code
 * tells one kind of refusal from another, so many orders refused alike can be told from one bad order.
 */
record VtexErrorJson(Error error) {

    record Error(String code, String message) {
    }

    /** The error code of a body, or "" when it has none or is not VTEX's error JSON. */
    static String codeOf(String body) {
        try {
            VtexErrorJson parsed = OmsApi.JSON.read(body, VtexErrorJson.class, "an error");
            return parsed.error() == null || parsed.error().code() == null ? "" : parsed.error().code().strip();
        } catch (IllegalStateException unreadable) {
            return "";
        }
    }
}
