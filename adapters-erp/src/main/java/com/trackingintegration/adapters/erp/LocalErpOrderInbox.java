package com.trackingintegration.adapters.erp;

import com.trackingintegration.domain.port.ErpOrderInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * ERP order files in a local inbox folder: {@code *.jsonl} (one order a line) and {@code *.csv} (one item a row),
 * read when complete, moved to {@code processed/} or {@code failed/} when done. The format is in docs/erp-orders.md.
 */
public final class LocalErpOrderInbox implements ErpOrderInbox {

    private static final Logger log = LoggerFactory.getLogger(LocalErpOrderInbox.class);

    private final InboxFolder folder;
    private final boolean readOnly;

    public LocalErpOrderInbox(ErpInboxSettings settings) {
        this(settings, Clock.systemUTC());
    }

    LocalErpOrderInbox(ErpInboxSettings settings, Clock clock) {
        this.folder = new InboxFolder(settings, clock);
        this.readOnly = settings.readOnly();
    }

    @Override
    public List<String> readyFiles() {
        return folder.ready(LocalErpOrderInbox::isOrderFile);
    }

    static boolean isOrderFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith(CsvRouteInbox.PREFIX) && (lower.endsWith(".jsonl") || lower.endsWith(".csv"))
                && !lower.endsWith(RejectsFile.SUFFIX);
    }

    @Override
    public Reader open(String file, long linesAlreadyRead) {
        Path path = folder.resolve(file);
        InboxFileCheck.check(path);
        return file.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? new CsvOrdersReader(path, linesAlreadyRead, !readOnly)
                : new JsonLinesReader(path, linesAlreadyRead, !readOnly);
    }

    @Override
    public void markProcessed(String file) {
        if (readOnly) {
            log.info("ERP file {} read (dry run): left in the inbox", file);
            return;
        }
        Path moved = folder.moveTo(InboxFolder.PROCESSED, file);
        log.info("ERP file {} imported; moved to {}", file, moved);
    }

    @Override
    public void markFailed(String file, String reason) {
        if (readOnly) {
            log.warn("ERP file {} would fail (dry run, left in the inbox): {}", file, reason);
            return;
        }
        Path moved = folder.moveTo(InboxFolder.FAILED, file);
        folder.writeBeside(moved, ".error.txt", reason);
        log.warn("ERP file {} failed and was moved to {}: {}", file, moved, reason);
    }
}
