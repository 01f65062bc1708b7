package com.trackingintegration.domain.integration;

/** Why an order or invoice got its disposition, in words an operator can read in a report. */
public enum Reason {
    READY(Disposition.DELIVER, "ready for VTEX Tracking"),
    RECONCILED_MISSING(Disposition.DELIVER, "found by reconcile missing from VTEX Tracking (never sent, or no longer there) and sent"),
    RECONCILED_CHANGED(Disposition.DELIVER, "changed after import (address, route...): the old version's packing list removed and the new one sent"),
    STATUS_UPDATED(Disposition.DELIVER, "the delivery status was sent to the OMS"),
    CANCELED(Disposition.SKIP, "the order is canceled"),
    NOT_INVOICED(Disposition.SKIP, "the order is not invoiced"),
    PICKUP_IN_POINT(Disposition.SKIP, "the customer picks the order up: nothing to deliver"),
    NO_INVOICE(Disposition.SKIP, "the order is invoiced but has no invoice package"),
    RETURN_INVOICE(Disposition.SKIP, "a return invoice (type Input) is not a delivery"),
    RETURNED(Disposition.SKIP, "every item of the sale invoice was returned (Input invoices or refunds): nothing to deliver"),
    CARRIER_NOT_SELECTED(Disposition.SKIP, "the courier is not one of the carriers to import"),
    INVOICE_FILE_MISSING(Disposition.SKIP, "the NF-e XML is required and the invoice carries none, or its link finds no file"),
    ISSUER_NOT_SELECTED(Disposition.SKIP, "the NF-e was issued by a branch (CNPJ) that is not one of the issuers to import"),
    ALREADY_SENT(Disposition.SKIP, "already in VTEX Tracking with the same data"),
    IN_TRACKING(Disposition.SKIP, "in VTEX Tracking as last sent, verified there by reconcile"),
    ROUTE_PENDING(Disposition.DEFER, "routed outside VTEX Tracking and its route has not arrived yet"),
    INVOICE_FILE_UNAVAILABLE(Disposition.DEFER, "the NF-e XML is required and its host could not be reached: tried again on the next run"),
    OMS_NOT_READY(Disposition.DEFER, "an external order VTEX will take the next step of later (cancellation window)"),
    INVALID_DATA(Disposition.REJECT, "data VTEX Tracking cannot accept"),
    INVOICE_FILE_UNREADABLE(Disposition.REJECT, "the NF-e XML is required and what its file holds cannot be read as an NF-e"),
    UNREADABLE(Disposition.REJECT, "the OMS refused the order, or sent what cannot be read"),
    REFUSED_BY_TRACKING(Disposition.REJECT, "VTEX Tracking refused the delivery service"),
    REFUSED_BY_OMS(Disposition.REJECT, "the OMS refused a step of the external order"),
    CORRECTION_AFTER_PLACEMENT(Disposition.REJECT, "an ERP line changes an order already placed in the OMS: change it there");

    private final Disposition disposition;
    private final String description;

    Reason(Disposition disposition, String description) {
        this.disposition = disposition;
        this.description = description;
    }

    public Disposition disposition() {
        return disposition;
    }

    public String description() {
        return description;
    }
}
