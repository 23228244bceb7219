package org.bookshelf.application.model;

import org.bookshelf.domain.InvalidValueException;

/**
 * Identifies one run of an import. Always positive.
 *
 * @param value the numeric id
 */
public record ImportJobId(long value) {

    public ImportJobId {
        if (value <= 0) {
            throw new InvalidValueException(RequestValue.IMPORT_ID, "must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
