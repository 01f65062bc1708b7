package com.trackingintegration.batch.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

import java.util.List;

/**
 * Which log events reach the operator's console (logback-spring.xml); every event goes to the log file whatever this
 * says. The console is for what the operator must act on, one line each: the commands print their own lines (a run's
 * report, its FAILED line), so a log event is shown only when it is a warning of the integration's own that no command
 * line repeats. Never a stack trace (the command that met the failure has said it in one line), never a library's
 * logging (Spring Batch logs every failed chunk at ERROR with its trace), never the VTEX calls the integration retries
 * or checks on its own (their outcome is the run's report, or its FAILED line).
 */
public final class OperatorConsole extends Filter<ILoggingEvent> {

    private static final String OURS = "com.trackingintegration.";
    /** Retried calls, and a batch VTEX may have taken, looked up before it is sent again: handled without the operator. */
    private static final List<String> SELF_RECOVERING = List.of("com.trackingintegration.http.", "com.trackingintegration.adapters.tracking.",
            "com.trackingintegration.adapters.oms.");

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String logger = event.getLoggerName();
        boolean shown = event.getLevel().isGreaterOrEqual(Level.WARN)
                && event.getThrowableProxy() == null
                && logger.startsWith(OURS)
                && SELF_RECOVERING.stream().noneMatch(logger::startsWith);
        return shown ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
