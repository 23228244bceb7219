package org.bookshelf.application.model;

/**
 * Identifies one run of an import. Always positive.
 *
 * @param value the numeric id
 */
public record ImportJobId(long value) {

    public ImportJobId {
        if (value <= 0) {
            throw new IllegalArgumentException("an import id is positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
