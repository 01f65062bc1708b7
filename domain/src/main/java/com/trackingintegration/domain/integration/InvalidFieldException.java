package com.trackingintegration.domain.integration;

/** A value VTEX Tracking cannot accept, named by its path in the source order so it can be fixed there. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
