package org.bookshelf.application.model;

import java.util.Locale;
import org.bookshelf.domain.InvalidValueException;

/** The rules for a "contains" search term: trimmed, case folded, 1 to 500 characters. */
final class SearchText {

    private static final int MAX_LENGTH = 500;

    private SearchText() {
    }

    static String normalise(String field, String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValueException(field, "search text must not be blank");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw new InvalidValueException(field, "search text must be at most " + MAX_LENGTH + " characters");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
