package org.bookshelf.domain;

/**
 * A value offered to the catalogue breaks one of its rules. Nothing was changed.
 *
 * <p>{@link #field()} names the offending value in the catalogue's terms (for example {@code title}),
 * so a client can be told which of its inputs to correct.
 */
public class InvalidValueException extends RuntimeException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the offending value, such as {@code title}, {@code isbn} or {@code authors}. */
    public String field() {
        return field;
    }
}
