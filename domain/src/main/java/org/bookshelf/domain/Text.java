package org.bookshelf.domain;

import java.util.Locale;

/** Rules shared by the catalogue's free-text values. */
final class Text {

    private Text() {
    }

    /** Trims {@code raw} and checks that between 1 and {@code maxLength} characters remain. */
    static String requireTrimmed(String field, String raw, int maxLength) {
        if (raw == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        String trimmed = raw.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, field + " must not be blank");
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > maxLength) {
            throw new InvalidValueException(field,
                    field + " must be at most " + maxLength + " characters, was " + length);
        }
        return trimmed;
    }

    /** The key the catalogue sorts and searches by: case folded, so "apple" and "Apple" sit together. */
    static String sortKey(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
