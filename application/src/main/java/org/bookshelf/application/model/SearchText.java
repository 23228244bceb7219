package org.bookshelf.application.model;

import org.bookshelf.domain.Text;

/** The rules for a "contains" search term: trimmed, 1 to 500 characters, case folded as sort keys are. */
final class SearchText {

    private static final int MAX_LENGTH = 500;

    private SearchText() {}

    static String normalise(String raw) {
        return raw == null ? null : Text.sortKey(Text.requireTrimmed(RequestValue.SEARCH_TEXT, raw, MAX_LENGTH));
    }
}
