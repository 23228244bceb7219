package org.bookshelf.domain;

import java.util.Objects;

/**
 * A value offered to the catalogue breaks one of its rules. Nothing was changed.
 *
 * <p>{@link #kind()} says which value, in the catalogue's terms, so that a driving adapter can tell its
 * client which input to correct, under the name the client gave it.
 */
public class InvalidValueException extends RuntimeException {

    private final ValueKind kind;
    private final String reason;

    /**
     * A value refused for {@code reason}, worded to follow the value's name: {@code "must not be blank"}
     * makes the message "title must not be blank".
     */
    public InvalidValueException(ValueKind kind, String reason) {
        this(kind, Objects.requireNonNull(reason, "reason"), kind.words() + " " + reason);
    }

    private InvalidValueException(ValueKind kind, String reason, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = reason;
    }

    /**
     * A value refused with a sentence of its own, one that does not begin with the value's name, such as
     * "ISBN-10 check digit does not match: 0-13-110362-9".
     */
    public static InvalidValueException stating(ValueKind kind, String sentence) {
        return new InvalidValueException(kind, null, Objects.requireNonNull(sentence, "sentence"));
    }

    /** Which value was refused. */
    public ValueKind kind() {
        return kind;
    }

    /**
     * The message, with the value called {@code name} instead of by the catalogue's words for it, for a
     * client that knows it by that name; a sentence of its own ({@link #stating}) stays as it is.
     */
    public String messageCalling(String name) {
        return reason == null ? getMessage() : name + " " + reason;
    }
}
