package com.trackingintegration.domain.order;

import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.nfe.NfeDocument;
import com.trackingintegration.domain.nfe.NfeReading;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One invoice of an order: a package of {@code packageAttachment.packages[]}. VTEX creates one package per invoice,
 * and VTEX Tracking gets one delivery service per Output invoice.
 *
 * @param series the NF-e series when the source states it (ERP orders do; the OMS has no such field)
 * @param embeddedInvoice whether {@code embeddedInvoice} carries the invoice XML; the XML itself is not kept
 * @param items the package's lines ({@code packages[].items[]}); empty when the source lists none
 * @param nfe what reading the NF-e XML gave, when the invoice carries one
 * @param restitutions what a return invoice's refund lists as returned ({@code restitutions.Refund.items[]}); empty
 *                     when it lists nothing. Only a return invoice's count (VTEX gives them to Input invoices only)
 */
public record Invoice(String number, Optional<String> series, String key, String url, boolean embeddedInvoice,
                      InvoiceType type, Optional<OffsetDateTime> issuanceDate, long valueInCents, int volumes,
                      String courier, String trackingNumber, String trackingUrl, List<InvoiceItem> items, NfeReading nfe,
                      List<Restitution> restitutions) {

    /** An invoice whose refund lists nothing returned. */
    public Invoice(String number, Optional<String> series, String key, String url, boolean embeddedInvoice,
                   InvoiceType type, Optional<OffsetDateTime> issuanceDate, long valueInCents, int volumes,
                   String courier, String trackingNumber, String trackingUrl, List<InvoiceItem> items, NfeReading nfe) {
        this(number, series, key, url, embeddedInvoice, type, issuanceDate, valueInCents, volumes, courier, trackingNumber,
                trackingUrl, items, nfe, List.of());
    }

    /** An invoice without its lines and with its XML not read. */
    public Invoice(String number, Optional<String> series, String key, String url, boolean embeddedInvoice,
                   InvoiceType type, Optional<OffsetDateTime> issuanceDate, long valueInCents, int volumes,
                   String courier, String trackingNumber, String trackingUrl) {
        this(number, series, key, url, embeddedInvoice, type, issuanceDate, valueInCents, volumes, courier, trackingNumber,
                trackingUrl, List.of(), NfeReading.NOT_CARRIED);
    }

    public Invoice {
        number = Text.orEmpty(number);
        series = series == null ? Optional.empty() : series.map(Text::orEmpty).filter(s -> !s.isEmpty());
        key = Text.orEmpty(key);
        url = Text.orEmpty(url);
        if (type == null) {
            throw new IllegalArgumentException("invoice " + number + ": type is required");
        }
        issuanceDate = issuanceDate == null ? Optional.empty() : issuanceDate;
        courier = Text.orEmpty(courier);
        trackingNumber = Text.orEmpty(trackingNumber);
        trackingUrl = Text.orEmpty(trackingUrl);
        items = items == null ? List.of() : List.copyOf(items);
        nfe = nfe == null ? NfeReading.NOT_CARRIED : nfe;
        restitutions = restitutions == null ? List.of() : List.copyOf(restitutions);
    }

    /** The same invoice, with what reading its NF-e XML gave. */
    public Invoice withNfe(NfeReading reading) {
        return new Invoice(number, series, key, url, embeddedInvoice, type, issuanceDate, valueInCents, volumes, courier,
                trackingNumber, trackingUrl, items, reading, restitutions);
    }

    /** The same invoice, with what its refund lists as returned. */
    public Invoice withRestitutions(List<Restitution> returned) {
        return new Invoice(number, series, key, url, embeddedInvoice, type, issuanceDate, valueInCents, volumes, courier,
                trackingNumber, trackingUrl, items, nfe, returned);
    }

    public boolean isSale() {
        return type == InvoiceType.OUTPUT;
    }

    /**
     * The VTEX Tracking app's "orders with the NF-e XML" option needs the XML: either embedded, or a public link
     * ending in {@code .xml} (Help Center, "Como instalar e configurar a app VTEX Tracking").
     */
    public boolean carriesNfeXml() {
        if (embeddedInvoice) {
            return true;
        }
        String path = url.toLowerCase(Locale.ROOT);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        return path.endsWith(".xml");
    }

    /** The series stated by the source, or else the one written in the NF-e access key. */
    public Optional<String> seriesOrFromKey() {
        return series.or(() -> NfeAccessKey.seriesOf(key));
    }

    /** What the NF-e XML says, when it was read. */
    public Optional<NfeDocument> nfeDocument() {
        return nfe instanceof NfeReading.Read read ? Optional.of(read.document()) : Optional.empty();
    }

    /** The branch that issued the invoice: the NF-e XML's {@code emit/CNPJ} when it was read, else the access key's. */
    public Optional<Cnpj> issuerOrFromKey() {
        return nfeDocument().flatMap(NfeDocument::issuer).or(() -> NfeAccessKey.issuerOf(key));
    }
}
