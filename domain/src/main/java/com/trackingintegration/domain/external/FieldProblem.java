package com.trackingintegration.domain.external;

/** What is wrong with one field of a record, in words an operator can act on. */
public record FieldProblem(String field, String problem) {

    @Override
    public String toString() {
        return field + ": " + problem;
    }
}
