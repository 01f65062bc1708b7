package com.trackingintegration.adapters.erp;

import java.nio.file.Path;

/**
 * Where the ERP drops its files, and how it says a file is complete.
 *
 * @param doneMarkerRequired when true, {@code orders.jsonl} is read only once {@code orders.jsonl.done} exists; when
 *                           false, the ERP writes {@code orders.jsonl.part} and renames it when complete (files ending
 *                           in {@code .part} are never read either way)
 * @param readOnly           for a dry run: files are read as usual, but none is moved and no rejects or error file is
 *                           written, so the real run that follows finds the inbox as the ERP left it
 */
public record ErpInboxSettings(Path inbox, boolean doneMarkerRequired, boolean readOnly) {

    public ErpInboxSettings(Path inbox, boolean doneMarkerRequired) {
        this(inbox, doneMarkerRequired, false);
    }

    public ErpInboxSettings {
        if (inbox == null) {
            throw new IllegalArgumentException("integration.erp.inbox is required");
        }
    }
}
