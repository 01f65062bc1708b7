package com.trackingintegration.batch.externalimport;

import com.trackingintegration.domain.external.FieldProblem;
import com.trackingintegration.domain.port.ErpOrderInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every line of every ERP file ready at the start of the step, file after file. The state saved with each chunk is
 * the list of files, the one being read and the position in it, so a restart goes on at the next unread line. A
 * file refused whole (empty, cut off, not UTF-8) is moved to failed/ at once and reported as one rejected line.
 * Files read to their end are listed for the archive step, which moves them: a crash never moves a file half read.
 */
class InboxLinesReader implements ItemStreamReader<ErpOrderInbox.Line> {

    static final String FINISHED = "externalFiles.finished";
    private static final String FILES = "externalFiles.files";
    private static final String INDEX = "externalFiles.index";
    private static final String POSITION = "externalFiles.position";
    private static final Logger log = LoggerFactory.getLogger(InboxLinesReader.class);

    private final ErpOrderInbox inbox;
    private List<String> files = List.of();
    private final List<String> finished = new ArrayList<>();
    private int index;
    private ErpOrderInbox.Reader current;

    InboxLinesReader(ErpOrderInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(FILES)) {
            files = split(context.getString(FILES));
            finished.addAll(split(context.getString(FINISHED)));
            index = context.getInt(INDEX);
            if (index < files.size()) {
                current = inbox.open(files.get(index), context.getLong(POSITION));
            }
        } else {
            files = inbox.readyFiles();
            log.info("{} ERP file(s) ready: {}", files.size(), files);
        }
    }

    @Override
    public ErpOrderInbox.Line read() {
        while (index < files.size()) {
            String file = files.get(index);
            if (current == null) {
                try {
                    current = inbox.open(file, 0);
                } catch (IllegalStateException refused) {
                    inbox.markFailed(file, refused.getMessage());
                    index++;
                    return new ErpOrderInbox.Line(file, 0, Optional.empty(), List.of(new FieldProblem("(file)", refused.getMessage())));
                }
            }
            Optional<ErpOrderInbox.Line> line = current.next();
            if (line.isPresent()) {
                return line.get();
            }
            current.close();
            current = null;
            finished.add(file);
            index++;
        }
        return null;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(FILES, String.join("\n", files));
        context.putString(FINISHED, String.join("\n", finished));
        context.putInt(INDEX, index);
        context.putLong(POSITION, current == null ? 0 : current.position());
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
