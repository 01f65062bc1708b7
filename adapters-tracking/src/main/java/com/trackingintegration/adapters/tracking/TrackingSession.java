package com.trackingintegration.adapters.tracking;

import com.trackingintegration.domain.port.AccessDeniedException;
import com.trackingintegration.http.AccessRefusedException;
import com.trackingintegration.http.ClientErrorException;
import com.trackingintegration.http.HttpCall;
import com.trackingintegration.http.HttpReply;
import com.trackingintegration.http.RetryingHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The bearer token of VTEX Tracking: logged in for lazily, reused until shortly before it expires (VTEX gives about
 * 30 days), dropped when VTEX stops accepting it.
 */
final class TrackingSession {

    private static final Logger log = LoggerFactory.getLogger(TrackingSession.class);

    /** Renew this long before the stated expiration, so no call goes out with a token about to lapse. */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(10);
    /** When VTEX states no readable expiration, the token is trusted this long. */
    static final Duration UNSTATED_LIFETIME = Duration.ofHours(1);

    private final RetryingHttpClient auth;
    private final TrackingSettings settings;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;
    /** The token each thread was last handed, so a refusal drops the token that thread sent, not a newer one. */
    private final ThreadLocal<String> handedOut = new ThreadLocal<>();

    TrackingSession(TrackingSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.auth = new RetryingHttpClient(settings.http(), Map::of);
    }

    synchronized String token() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            logIn();
        }
        handedOut.set(token);
        return token;
    }

    /** Logs in on the next call whatever token is held (a credential check must prove the credentials work now). */
    synchronized void invalidate() {
        token = null;
    }

    /**
     * VTEX refused the token this thread sent: the next call logs in again, unless another thread has logged in since.
     * Look-ups run 16 at once: when VTEX refuses a token they are all refused together, and one new login serves them
     * all. Dropping whatever token is held would log in once per call, each login dropping the one just made.
     */
    synchronized void refused() {
        String sent = handedOut.get();
        if (sent == null || sent.equals(token)) {
            token = null;
        }
    }

    private void logIn() {
        // A login changes nothing on VTEX's side but the token it hands out: safe to send again if its answer is lost.
        HttpCall call = HttpCall.post("/auth", TrackingJson.write(new AuthJson.Request(settings.username(), settings.password()))).asIdempotent();
        HttpReply reply;
        try {
            reply = auth.send(call);
        } catch (ClientErrorException | AccessRefusedException e) {
            throw rejected(e.status() + " " + (e.status() == 401 ? "Unauthorized" : "Client Error"));
        }
        AuthJson.Reply answer = TrackingJson.read(reply.body(), AuthJson.Reply.class, "a login");
        if (Boolean.FALSE.equals(answer.authenticated()) || answer.accessToken() == null || answer.accessToken().isBlank()) {
            throw rejected("200 without a token" + (answer.message() == null ? "" : " (" + answer.message() + ")"));
        }
        token = answer.accessToken();
        Instant expiration = expirationOf(answer);
        renewAt = expiration.minus(RENEW_BEFORE);
        log.info("Logged in to VTEX Tracking as {}; token valid until {}", settings.username(), expiration);
    }

    /** In the ports' words at once: a refused login fails every port call the same way, whichever needed the token. */
    private AccessDeniedException rejected(String answer) {
        return new AccessDeniedException("VTEX Tracking rejected the credentials of user '" + settings.username()
                + "' (POST /auth answered " + answer + "): check vtex.tracking.username and vtex.tracking.password", null);
    }

    private Instant expirationOf(AuthJson.Reply answer) {
        Instant fallback = clock.instant().plus(UNSTATED_LIFETIME);
        if (answer.expiration() == null) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(answer.expiration()).toInstant();
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
