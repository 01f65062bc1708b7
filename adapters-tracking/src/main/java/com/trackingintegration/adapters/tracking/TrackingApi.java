package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.port.AccessDeniedException;
import com.trackingintegration.domain.port.RequestRefusedException;
import com.trackingintegration.domain.port.SystemUnavailableException;
import com.trackingintegration.http.AccessRefusedException;
import com.trackingintegration.http.FailureTranslation;
import com.trackingintegration.http.HttpCall;
import com.trackingintegration.http.HttpReply;
import com.trackingintegration.http.RetryingHttpClient;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Calls to VTEX Tracking with its bearer token; a refused token (401) is renewed once and the call tried again. */
final class TrackingApi {

    /** How a failed call leaves the Tracking adapters: in the words of their ports, never as an HTTP type. */
    static final FailureTranslation PORT = new FailureTranslation(RequestRefusedException::new, AccessDeniedException::new,
            SystemUnavailableException::new);

    private final TrackingSession session;
    private final RetryingHttpClient http;
    private final TrackingSettings settings;
    private final Clock clock;

    TrackingApi(TrackingSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.session = new TrackingSession(settings, clock);
        this.http = new RetryingHttpClient(settings.http(), () -> Map.of("Authorization", "Bearer " + session.token()));
    }

    TrackingSettings settings() {
        return settings;
    }

    /** The time a request is sent, for {@code integrationDateTime}. */
    Instant now() {
        return clock.instant();
    }

    /** Logs in afresh, whatever token is held: a check must prove the credentials work now. */
    void logIn() {
        session.invalidate();
        session.token();
    }

    /**
     * The answer, 2xx or a client error for the caller to read. A 401 is first met with one new login (the token
     * may have lapsed); a 401 after it, or a 403, refuses the user, not the call, and is thrown.
     */
    HttpReply exchange(HttpCall call) {
        try {
            return http.exchange(call);
        } catch (AccessRefusedException refused) {
            if (!refused.credentialsRefused()) {
                throw advised(refused);
            }
        }
        session.refused();
        try {
            return http.exchange(call);
        } catch (AccessRefusedException refused) {
            throw advised(refused);
        }
    }

    private AccessRefusedException advised(AccessRefusedException refused) {
        return refused.advising((refused.credentialsRefused() ? "VTEX Tracking refused user '" + settings.username()
                + "' even after a new login" : "VTEX Tracking does not let user '" + settings.username() + "' do this")
                + "; check vtex.tracking.username, vtex.tracking.password and the user's permissions, then restart");
    }

    HttpReply send(HttpCall call) {
        return exchange(call).requireSuccess(http.system(), call);
    }

    /** A 404 is an answer ("nothing there"); other client errors are thrown, naming the call. */
    Optional<HttpReply> sendUnlessNotFound(HttpCall call) {
        return exchange(call).successOrNotFound(http.system(), call);
    }
}
