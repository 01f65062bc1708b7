package com.trackingintegration.domain.nfe;

/**
 * What became of an invoice's NF-e XML when the order was read: there is none to read, it was read, or why it could
 * not be. The reading is data, never an exception: the rules turn it into that invoice's outcome.
 */
public sealed interface NfeReading {

    /** The invoice carries no XML (no {@code embeddedInvoice}, no {@code invoiceUrl} ending in {@code .xml}), or it was not asked for. */
    record NotCarried() implements NfeReading {
    }

    record Read(NfeDocument document) implements NfeReading {
        public Read {
            if (document == null) {
                throw new IllegalArgumentException("a read NF-e needs its document");
            }
        }
    }

    /** The file is not there (the link answered 404 or another refusal): it will not appear by asking again. */
    record Missing(String detail) implements NfeReading {
    }

    /** The file was had but is not a readable NF-e (not XML, a DOCTYPE, over the size cap, truncated, not an NF-e). */
    record Unreadable(String detail) implements NfeReading {
    }

    /** Its host could not be reached (connection refused, timeout, 5xx after the retries): worth trying again later. */
    record Unreachable(String detail) implements NfeReading {
    }

    NfeReading NOT_CARRIED = new NotCarried();
}
