package com.trackingintegration.http;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Files fetched with GET from hosts that are not VTEX's (a merchant's or a third party's server), by absolute URL.
 *
 * <p>It has no credentials and no way to be given any: a link in an order is the merchant's or anyone's server, and
 * no VTEX key may ever reach it. It is as patient as every VTEX call: the timeouts, attempts and backoff of its
 * {@link HttpSettings} (whose base URL it does not use), retried by the same rule ({@code Retries}). The body is
 * read up to a cap and no further; redirects are followed to the same scheme only, at most {@link #MAX_REDIRECTS}
 * hops (an https link never leads to http). Error messages name the host and the path, never the query string,
 * which may hold an access token.
 */
public final class PublicFiles {

    /** Enough for a CDN or a storage bucket's redirect; more is a loop or a trick. */
    public static final int MAX_REDIRECTS = 3;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final HttpSettings settings;
    private final long maxBytes;
    private final HttpClient client;
    private final Clock clock;

    /** @param maxBytes the largest body taken; a longer one is refused once this much was read */
    public PublicFiles(HttpSettings settings, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException(settings.system() + ": the size cap must be positive, was " + maxBytes);
        }
        this.settings = settings;
        this.maxBytes = maxBytes;
        this.clock = Clock.systemUTC();
        // HTTP/1.1: a body read no further is a connection closed, where HTTP/2 would fail the exchange on the reset stream.
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The file's bytes, once a 2xx answer brought at most the cap.
     *
     * @throws ClientErrorException on a 4xx, 401 and 403 included: there is nothing to log in with, the file is not public
     * @throws RemoteUnavailableException when every attempt failed with 5xx, 429, a timeout or a connection error
     * @throws FileRefusedException a body past the cap, a redirect not followed, a link that is not http(s)
     */
    public byte[] get(URI url) {
        HttpCall call = HttpCall.get(pathOf(url));
        String system = settings.system() + " " + Optional.ofNullable(url.getHost()).orElse("(no host)");
        if (!isHttp(url)) {
            throw new FileRefusedException(system, call, 0, FileRefusedException.Why.NOT_HTTP, "not an absolute http or https URL");
        }
        // Not told to the settings' observer: a merchant's host is no VTEX call, and its paths name the merchant's files.
        RetryPolicy<Fetched> policy = Retries.policy(settings, clock, system, call, Fetched::head, () -> { });
        Fetched fetched;
        try {
            fetched = Failsafe.with(policy).get(() -> fetch(url, system, call));
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new RemoteUnavailableException(system, call, 0,
                    "no answer after " + settings.maxAttempts() + " attempts (" + Retries.describe(cause) + ")", cause);
        }
        HttpReply head = fetched.head();
        if (head.isTransient()) {
            throw new RemoteUnavailableException(system, call, head.status(),
                    "still answering " + head.status() + " after " + settings.maxAttempts() + " attempts", null);
        }
        if (!head.isSuccess()) {
            throw new ClientErrorException(system, call, head);
        }
        if (fetched.body().overCap()) {
            throw new FileRefusedException(system, call, head.status(), FileRefusedException.Why.TOO_LARGE,
                    "answered more than " + maxBytes + " bytes; the rest was not read");
        }
        return fetched.body().bytes();
    }

    /** One attempt: the link and its redirects, each hop an exchange within the timeouts. */
    private Fetched fetch(URI url, String system, HttpCall call) throws IOException, InterruptedException {
        URI current = url;
        for (int hop = 0; ; hop++) {
            HttpRequest request = HttpRequest.newBuilder(current).timeout(settings.readTimeout()).header("Accept", "*/*").GET().build();
            HttpResponse<CappedBody.Received> response = client.send(request,
                    info -> new CappedBody(info.statusCode() / 100 == 2 ? maxBytes : 0, settings.readTimeout()));
            HttpReply head = new HttpReply(response.statusCode(), "", response.headers().map());
            if (!REDIRECTS.contains(response.statusCode())) {
                return new Fetched(head, response.body());
            }
            if (hop == MAX_REDIRECTS) {
                throw refusedRedirect(system, call, head, "redirected more than " + MAX_REDIRECTS + " times; not followed");
            }
            current = next(current, head, system, call);
        }
    }

    private static URI next(URI current, HttpReply head, String system, HttpCall call) {
        String location = head.header("Location").orElseThrow(() -> refusedRedirect(system, call, head, "redirected without a Location"));
        URI next;
        try {
            next = current.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw refusedRedirect(system, call, head, "redirected to a Location that is not a URL");
        }
        String from = current.getScheme().toLowerCase(Locale.ROOT);
        String to = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!from.equals(to) || next.getHost() == null) {
            throw refusedRedirect(system, call, head, "redirected from " + from + " to " + (to.isEmpty() ? "no scheme" : to)
                    + "; only a redirect to the same scheme is followed");
        }
        return next;
    }

    private static FileRefusedException refusedRedirect(String system, HttpCall call, HttpReply head, String what) {
        return new FileRefusedException(system, call, head.status(), FileRefusedException.Why.REDIRECT, "answered " + head.status() + ", " + what);
    }

    private static boolean isHttp(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return url.isAbsolute() && url.getHost() != null && (scheme.equals("http") || scheme.equals("https"));
    }

    /** The path alone: the query may hold a token, and the call is what logs and errors name. */
    private static String pathOf(URI url) {
        String path = url.getRawPath();
        return path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
    }

    private record Fetched(HttpReply head, CappedBody.Received body) {
    }
}
