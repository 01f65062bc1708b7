package com.trackingintegration.domain.integration;

import com.trackingintegration.domain.delivery.TrackingField;
import com.trackingintegration.domain.nfe.Cnpj;
import com.trackingintegration.domain.nfe.NfeDocument;
import com.trackingintegration.domain.nfe.NfeReading;
import com.trackingintegration.domain.order.Invoice;
import com.trackingintegration.domain.order.Order;
import com.trackingintegration.domain.settings.IntegrationSettings;

import java.util.Optional;

/**
 * Which invoices of a deliverable order go on to become delivery services, as the VTEX Tracking app filters them, in
 * this order: a return invoice, a sale invoice fully returned ({@link Returns}), the courier's name, the NF-e XML when it is required, the issuing branch's CNPJ, the
 * carrier's CNPJ, then the data without which there is no delivery service (the number, a series that fits). The
 * first filter an invoice fails is its verdict. CNPJs in the details name companies, never people: they may be shown.
 */
final class InvoiceFilters {

    private final IntegrationSettings settings;

    InvoiceFilters(IntegrationSettings settings) {
        this.settings = settings;
    }

    /**
     * The verdict of the first filter the invoice fails, or empty when it goes on to be delivered.
     *
     * @param returns what of the invoice is certainly returned
     */
    Optional<Verdict> verdictOf(Order order, Invoice invoice, int index, Returns returns) {
        String id = order.orderId();
        String number = invoice.number();
        if (!invoice.isSale()) {
            return Optional.of(Verdict.of(id, number, Reason.RETURN_INVOICE, ""));
        }
        if (returns.fully()) {
            return Optional.of(Verdict.of(id, number, Reason.RETURNED, returns.detail()));
        }
        if (!settings.acceptsCourier(invoice.courier())) {
            return Optional.of(Verdict.of(id, number, Reason.CARRIER_NOT_SELECTED, "courier '" + invoice.courier() + "'"));
        }
        Optional<Verdict> file = settings.invoiceFileRequired() ? nfeFile(id, invoice) : Optional.empty();
        if (file.isPresent()) {
            return file;
        }
        if (!settings.issuers().isEmpty()) {
            Optional<Cnpj> issuer = invoice.issuerOrFromKey();
            if (issuer.isEmpty() || !settings.issuers().contains(issuer.get())) {
                return Optional.of(Verdict.of(id, number, Reason.ISSUER_NOT_SELECTED, issuer
                        .map(cnpj -> "issuer CNPJ " + cnpj.digits())
                        .orElse("neither an NF-e XML nor the access key names the issuer")));
            }
        }
        if (!settings.carrierCnpjs().isEmpty()) {
            Optional<Verdict> carrier = carrierCnpj(id, invoice);
            if (carrier.isPresent()) {
                return carrier;
            }
        }
        return invoiceData(id, invoice, "packageAttachment.packages[" + index + "]");
    }

    /**
     * The XML is required: an invoice that carries none, or whose file is not there, is skipped (the merchant's choice
     * leaves it out); a file that is no NF-e is refused (someone must fix it); a host that could not be reached is
     * tried again on the next run. An invoice that links an XML not asked for ({@code NotCarried}) goes on, as it did
     * before the XML was read.
     */
    private static Optional<Verdict> nfeFile(String id, Invoice invoice) {
        String number = invoice.number();
        NfeReading reading = invoice.nfe();
        if (reading instanceof NfeReading.NotCarried && !invoice.carriesNfeXml()) {
            return Optional.of(Verdict.of(id, number, Reason.INVOICE_FILE_MISSING,
                    "no embeddedInvoice and invoiceUrl does not end in .xml"));
        }
        if (reading instanceof NfeReading.Missing missing) {
            return Optional.of(Verdict.of(id, number, Reason.INVOICE_FILE_MISSING, missing.detail()));
        }
        if (reading instanceof NfeReading.Unreadable unreadable) {
            return Optional.of(Verdict.of(id, number, Reason.INVOICE_FILE_UNREADABLE, unreadable.detail()));
        }
        if (reading instanceof NfeReading.Unreachable unreachable) {
            return Optional.of(Verdict.of(id, number, Reason.INVOICE_FILE_UNAVAILABLE, unreachable.detail()));
        }
        return Optional.empty();
    }

    /** Only the NF-e XML names the carrier: the access key does not, and the OMS's courier is a name, not a CNPJ. */
    private Optional<Verdict> carrierCnpj(String id, Invoice invoice) {
        Optional<NfeDocument> nfe = invoice.nfeDocument();
        Optional<Cnpj> carrier = nfe.flatMap(NfeDocument::carrier);
        if (carrier.isPresent() && settings.carrierCnpjs().contains(carrier.get())) {
            return Optional.empty();
        }
        String detail = carrier.map(cnpj -> "carrier CNPJ " + cnpj.digits())
                .orElse(nfe.isPresent() ? "the NF-e XML names no carrier CNPJ (transp/transporta/CNPJ)"
                        : "no NF-e XML was read to name the carrier's CNPJ");
        return Optional.of(Verdict.of(id, invoice.number(), Reason.CARRIER_NOT_SELECTED, detail));
    }

    private static Optional<Verdict> invoiceData(String id, Invoice invoice, String field) {
        String number = invoice.number();
        if (number.isEmpty()) {
            return Optional.of(Verdict.of(id, number, Reason.INVALID_DATA, field + ".invoiceNumber: missing"));
        }
        Optional<String> series = invoice.seriesOrFromKey();
        if (series.isPresent() && !TrackingField.INVOICE_SERIES.fits(series.get())) {
            return Optional.of(Verdict.of(id, number, Reason.INVALID_DATA, field + ": series '" + series.get()
                    + "' is longer than the " + TrackingField.INVOICE_SERIES.maxLength() + " characters VTEX Tracking accepts"));
        }
        return Optional.empty();
    }
}
