package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.port.AccessDeniedException;
import com.trackingintegration.domain.port.RequestRefusedException;
import com.trackingintegration.domain.port.SystemUnavailableException;
import com.trackingintegration.http.AccessRefusedException;
import com.trackingintegration.http.FailureTranslation;
import com.trackingintegration.http.HttpCall;
import com.trackingintegration.http.HttpReply;
import com.trackingintegration.http.JsonCodec;
import com.trackingintegration.http.RetryingHttpClient;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Calls to the VTEX OMS with the merchant's app key and token (VTEX's API-key authentication). */
final class OmsApi {

    static final JsonCodec JSON = JsonCodec.omittingNull(OmsSettings.SYSTEM);

    /** How a failed call leaves the OMS adapters: in the words of their ports, never as an HTTP type. */
    static final FailureTranslation PORT = new FailureTranslation(RequestRefusedException::new, AccessDeniedException::new,
            SystemUnavailableException::new);

    private final OmsSettings settings;
    private final RetryingHttpClient http;

    OmsApi(OmsSettings settings) {
        this.settings = settings;
        Map<String, String> credentials = Map.of("X-VTEX-API-AppKey", settings.appKey(), "X-VTEX-API-AppToken", settings.appToken());
        this.http = new RetryingHttpClient(settings.http(), () -> credentials);
    }

    OmsSettings settings() {
        return settings;
    }

    HttpReply send(HttpCall call) {
        return advised(() -> http.send(call));
    }

    HttpReply exchange(HttpCall call) {
        return advised(() -> http.exchange(call));
    }

    Optional<HttpReply> sendUnlessNotFound(HttpCall call) {
        return advised(() -> http.sendUnlessNotFound(call));
    }

    /** A refused key says which key and what to fix: it fails the run, whatever the order at hand. */
    private <T> T advised(Supplier<T> call) {
        try {
            return call.get();
        } catch (AccessRefusedException refused) {
            throw refused.advising(refused.credentialsRefused()
                    ? "VTEX OMS refused app key '" + settings.appKey() + "' or its token; check vtex.oms.app-key and vtex.oms.app-token, then restart"
                    : "app key '" + settings.appKey() + "' lacks the permission for this request (its role in VTEX's License Manager:"
                    + " List Orders, View order, Notify invoice, Change order workflow status, Feed v3...); grant it, then restart");
        }
    }

    <T> T get(String path, Class<T> type, String what) {
        return JSON.read(send(HttpCall.get(path)).body(), type, what);
    }
}
