package org.bookshelf.application.model;

import org.bookshelf.domain.AuthorName;

/**
 * Which authors a listing holds. Every criterion given must hold; none given lists every author.
 *
 * @param name          exact name, or {@code null}
 * @param nameContains  case-insensitive part of the name, or {@code null}
 */
public record AuthorFilter(AuthorName name, String nameContains) {

    public AuthorFilter {
        nameContains = SearchText.normalise(nameContains);
    }

    /** Every author. */
    public static AuthorFilter all() {
        return new AuthorFilter(null, null);
    }

    /** Identifies this filter in a cursor, so that a cursor only continues the listing it came from. */
    public String fingerprint() {
        return ListingFingerprint.of("authors", name, nameContains);
    }
}
