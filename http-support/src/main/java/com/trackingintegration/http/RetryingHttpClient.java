package com.trackingintegration.http;

import com.trackingintegration.calls.CallObserver;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * JSON over the JDK's HTTP client, with the patience a nightly job needs: connect and read timeouts; retries with
 * exponential backoff and jitter on 5xx, timeouts and connection errors, for the calls safe to repeat (a call that
 * is not is only tried again when it provably never reached the server); on 429 a wait of at least the server's
 * {@code Retry-After}; a bounded number of attempts. Retries are Failsafe's.
 *
 * <p>Headers (credentials among them) are asked for at each attempt, so a refreshed token is used at once, and
 * they never appear in a log line or an exception.
 */
public final class RetryingHttpClient {

    private final HttpSettings settings;
    private final Supplier<Map<String, String>> headers;
    private final HttpClient client;
    private final Clock clock;

    public RetryingHttpClient(HttpSettings settings, Supplier<Map<String, String>> headers) {
        this(settings, headers, Clock.systemUTC());
    }

    RetryingHttpClient(HttpSettings settings, Supplier<Map<String, String>> headers, Clock clock) {
        this.settings = settings;
        this.headers = headers;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String system() {
        return settings.system();
    }

    /** Sends the call and returns a 2xx answer; anything else is an exception naming the call. */
    public HttpReply send(HttpCall call) {
        return exchange(call).requireSuccess(settings.system(), call);
    }

    /** Like {@link #send}, but a 404 is an answer ("there is no such thing"), not an error. */
    public Optional<HttpReply> sendUnlessNotFound(HttpCall call) {
        return exchange(call).successOrNotFound(settings.system(), call);
    }

    /**
     * Sends the call and returns the answer once it is not worth retrying: a success, or a client error (4xx other
     * than 401, 403 and 429) for the caller to read, such as a 404 on a lookup or VTEX's 409 "not yet".
     *
     * <p>Only what is safe is sent again: a 429 (the server says it did not take the request), a request that never
     * reached the server (the connection could not be made), and any failure of an {@linkplain HttpCall#idempotent()
     * idempotent} call. A call that is not idempotent and whose answer was lost (a timeout, a connection reset after
     * sending, a 5xx) is not sent again: the caller must ask the server what it holds.
     *
     * @throws OutcomeUnknownException when a call that is not idempotent may or may not have been carried out
     * @throws RemoteUnavailableException when every attempt failed with 5xx, 429, a timeout or a connection error
     * @throws AccessRefusedException on 401 or 403: the caller is refused, not this request
     */
    public HttpReply exchange(HttpCall call) {
        CallObserver.Call named = new CallObserver.Call(settings.system(), call.method(), call.template());
        RetryPolicy<HttpReply> policy = Retries.policy(settings, clock, settings.system(), call, reply -> reply,
                () -> settings.observer().retrying(named));
        HttpReply reply;
        try {
            reply = Failsafe.with(policy).get(() -> observed(named, call));
        } catch (FailsafeException | RequestPace.PaceExceededException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new RemoteUnavailableException(settings.system(), call, 0,
                    "no answer after " + settings.maxAttempts() + " attempts (" + Retries.describe(cause) + ")", cause);
        }
        if (reply.status() >= 500 && !call.idempotent()) {
            throw new OutcomeUnknownException(settings.system(), call, reply.status(), "answered " + reply.status()
                    + (reply.excerpt().isEmpty() ? "" : ": " + reply.excerpt()), null);
        }
        if (reply.isTransient()) {
            throw new RemoteUnavailableException(settings.system(), call, reply.status(),
                    "still answering " + reply.status() + " after " + settings.maxAttempts() + " attempts", null);
        }
        if (reply.status() == 401 || reply.status() == 403) {
            throw AccessRefusedException.of(settings.system(), call, reply);
        }
        return reply;
    }

    /**
     * One attempt, in its turn under the pace (shared with every client of the same settings), told to the observer
     * however it ends (status 0: no answer).
     */
    private HttpReply observed(CallObserver.Call named, HttpCall call) throws IOException, InterruptedException {
        Duration waited = settings.pace().await();
        if (settings.pace() != RequestPace.NONE) {
            settings.observer().paced(settings.system(), waited);
        }
        long start = System.nanoTime();
        int status = 0;
        try {
            HttpReply reply = attempt(call);
            status = reply.status();
            return reply;
        } finally {
            settings.observer().attempted(named, status, Duration.ofNanos(System.nanoTime() - start));
            if (status == 429) {
                settings.observer().throttled(named);
            }
        }
    }

    private HttpReply attempt(HttpCall call) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + call.path()))
                .timeout(settings.readTimeout())
                // VTEX's specs require both headers on every request, GETs included.
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(call.method(), call.body().map(HttpRequest.BodyPublishers::ofString).orElse(HttpRequest.BodyPublishers.noBody()));
        headers.get().forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException failure) {
            if (call.idempotent() || neverSent(failure)) {
                throw failure;
            }
            throw new OutcomeUnknownException(settings.system(), call, 0, "no answer (" + Retries.describe(failure) + ")", failure);
        }
        return new HttpReply(response.statusCode(), response.body(), response.headers().map());
    }

    /**
     * The connection could not be made (refused, unreachable, or not made within the connect timeout): the request
     * never left, so sending it again cannot repeat it. Any other failure may come after the server read it.
     */
    private static boolean neverSent(IOException failure) {
        return failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException;
    }
}
