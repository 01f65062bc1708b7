package com.trackingintegration.batch.config;

/** A property the operator must fix; the message names it. Exit code 2. */
public class InvalidConfigurationException extends RuntimeException {

    public InvalidConfigurationException(String message) {
        super(message);
    }
}
