package com.trackingintegration.batch.config;

import java.util.List;

/** A property the operator must fix; the message names it. Exit code 2. */
public class InvalidConfigurationException extends RuntimeException {

    /** What starts each line the operator reads (the start-up failure and the commands print it before the message). */
    private static final String LINE_START = "configuration error: ";

    public InvalidConfigurationException(String message) {
        super(message);
    }

    /**
     * Several problems: one line each. The printers put {@value #LINE_START} before the message, so each line after
     * the first carries it too, and every line reads alike.
     */
    public static InvalidConfigurationException of(List<String> problems) {
        return new InvalidConfigurationException(String.join(System.lineSeparator() + LINE_START, problems));
    }
}
