package com.trackingintegration.adapters.oms;

import com.trackingintegration.domain.nfe.NfeReading;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.http.ClientErrorException;
import com.trackingintegration.http.FileRefusedException;
import com.trackingintegration.http.HttpSettings;
import com.trackingintegration.http.PublicFiles;
import com.trackingintegration.http.RemoteUnavailableException;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * An invoice's NF-e XML, from its {@code embeddedInvoice} text or else from its {@code invoiceUrl}, read into what
 * the rules need; never an exception, always a reading:
 * <ul>
 *     <li>{@code Read}: a 2xx answer (or the embedded text) that is an NF-e;</li>
 *     <li>{@code Missing}: a 4xx (404, 410, 401, 403...), a redirect not followed (to another scheme, past
 *     {@link PublicFiles#MAX_REDIRECTS} hops, without a Location), a link that is not http(s): asking again gets the
 *     same answer. The detail names the status and the host, never the path or the query (a token, a name);</li>
 *     <li>{@code Unreachable}: 5xx, 429, timeouts or connection errors after the retries: worth a later try;</li>
 *     <li>{@code Unreadable}: a body over {@link NfeXml#MAX_BYTES}, or one that is not a readable NF-e.</li>
 * </ul>
 * The link is fetched by a {@link PublicFiles} client built from the OMS's HTTP settings without the OMS's
 * credentials: the invoice host is the merchant's or a third party's, and no VTEX key or header goes there.
 */
final class NfeFiles {

    static final String SYSTEM = "NF-e XML host";

    private final PublicFiles files;

    NfeFiles(HttpSettings omsHttp) {
        // The OMS's timeouts and attempts, not its pace: the rate limit is VTEX's, the invoice host is someone else.
        this.files = new PublicFiles(new HttpSettings(SYSTEM, omsHttp.baseUrl(), omsHttp.connectTimeout(), omsHttp.readTimeout(),
                omsHttp.maxAttempts(), omsHttp.firstBackoff(), omsHttp.maxBackoff(), omsHttp.maxRetryAfter()), NfeXml.MAX_BYTES);
    }

    /**
     * @param embedded the invoice's {@code embeddedInvoice} text, "" when it has none
     */
    NfeFile read(Invoice invoice, String embedded) {
        if (!embedded.isBlank()) {
            return NfeFile.local(embedded.length() > NfeXml.MAX_BYTES ? NfeXml.tooLarge()
                    : NfeXml.read(embedded.getBytes(StandardCharsets.UTF_8)));
        }
        if (!invoice.carriesNfeXml()) {
            return NfeFile.local(NfeReading.NOT_CARRIED);
        }
        return fetch(invoice.url());
    }

    private NfeFile fetch(String url) {
        URI link;
        try {
            link = new URI(url.strip());
        } catch (URISyntaxException e) {
            return NfeFile.local(new NfeReading.Missing("the invoiceUrl is not a URL"));
        }
        String host = Optional.ofNullable(link.getHost()).orElse("");
        if (!isHttp(link)) {
            return NfeFile.local(new NfeReading.Missing("the invoiceUrl is not an http or https URL"));
        }
        try {
            return NfeFile.fetched(host, NfeXml.read(files.get(link)));
        } catch (RemoteUnavailableException unreachable) {
            return new NfeFile(Optional.of(host), new NfeReading.Unreachable("host " + host + ": " + unreachable.what()), Optional.of(unreachable));
        } catch (ClientErrorException refused) {
            return NfeFile.fetched(host, new NfeReading.Missing("host " + host + " answered " + refused.status()));
        } catch (FileRefusedException refused) {
            return NfeFile.fetched(host, refused.why() == FileRefusedException.Why.TOO_LARGE ? NfeXml.tooLarge()
                    : new NfeReading.Missing("host " + host + " " + refused.what()));
        }
    }

    private static boolean isHttp(URI link) {
        String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
        return link.getHost() != null && (scheme.equals("http") || scheme.equals("https"));
    }

    /**
     * One invoice's reading, and whether it came from a link.
     *
     * @param host        the link's host when the XML was fetched from one; empty when it was embedded, not carried,
     *                    or the link was no http(s) URL to fetch
     * @param unreachable the failure, when the host could not be reached
     */
    record NfeFile(Optional<String> host, NfeReading reading, Optional<RemoteUnavailableException> unreachable) {

        static NfeFile local(NfeReading reading) {
            return new NfeFile(Optional.empty(), reading, Optional.empty());
        }

        static NfeFile fetched(String host, NfeReading reading) {
            return new NfeFile(Optional.of(host), reading, Optional.empty());
        }

        boolean fetchedFromLink() {
            return host.isPresent();
        }
    }
}
